package io.dataops.workbench.bench;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.DataProfiler;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.OpenSource;
import io.dataops.workbench.quality.source.SourceConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our full profile (approximate distinct counts) of a generated 8-column CSV — numbers, strings, dates,
 * nulls — beside DuckDB's own SUMMARIZE of the same file with the same DuckDB settings, in the same fork.
 * The benchmark times our profile; each iteration's setup times one SUMMARIZE, and the trial's teardown
 * prints the ratio of the medians (target: within 1.5x) and the process's peak resident memory (VmHWM),
 * which should not grow with the row count (compare the two row counts, each in its own fork).
 * Run: {@code mvn -Pbench verify -Dbench.args=ProfileVersusSummarize}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ProfileVersusSummarizeBenchmark {

    @Param({"1000000", "10000000"})
    public long rows;

    private Path directory;
    private FileSource csv;
    private SourceConnector connector;
    private final List<Double> summarizeSeconds = new ArrayList<>();
    private final List<Double> profileSeconds = new ArrayList<>();

    @Setup(Level.Trial)
    public void generateCsv() throws IOException, SQLException {
        directory = Files.createTempDirectory("dataops-profile-bench-");
        Path file = directory.resolve("data.csv");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
            statement.execute("COPY (SELECT range AS id,"
                    + " CASE WHEN range % 10 = 0 THEN NULL ELSE (hash(range) % 100000) / 100.0 END AS amount,"
                    + " CAST(range % 97 AS INTEGER) AS quantity,"
                    + " 'cat_' || (range % 20) AS category,"
                    + " CASE WHEN range % 7 = 0 THEN NULL ELSE md5(CAST(range % 500000 AS VARCHAR)) END AS customer,"
                    + " DATE '2020-01-01' + CAST(range % 1500 AS INTEGER) AS order_date,"
                    + " TIMESTAMP '2020-01-01 00:00:00' + INTERVAL (range) SECOND AS updated_at,"
                    + " (range % 3 = 0) AS flagged"
                    + " FROM range(" + rows + ")) TO '" + file + "' (FORMAT csv, HEADER)");
        }
        csv = FileSource.of(file.toString());
        connector = new SourceConnector(EngineSettings.defaults(), new SecretResolver(Map.of(),
                new SecretCipher(new SecretKeyFile(directory.resolve("keys")))), List.of());
        System.out.printf("%n%,d rows, %,d MB CSV, DuckDB %s%n", rows, Files.size(file) >> 20, EngineSettings.defaults());
    }

    @Setup(Level.Iteration)
    public void timeSummarize() throws SQLException {
        long start = System.nanoTime();
        try (OpenSource open = connector.open(csv); Statement statement = open.connection().createStatement();
             ResultSet result = statement.executeQuery("SUMMARIZE " + SourceConnector.FILE_VIEW)) {
            while (result.next()) {
                result.getString(1);
            }
        }
        summarizeSeconds.add((System.nanoTime() - start) / 1e9);
    }

    @Benchmark
    public TableProfile profileWithApproximateDistinct() {
        long start = System.nanoTime();
        TableProfile profile = new DataProfiler(connector).profile(csv, AssetRef.wholeFile(), Optional.empty(),
                ProfileOptions.exact().withApproximate(true), TaskContext.none());
        profileSeconds.add((System.nanoTime() - start) / 1e9);
        return profile;
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        double summarize = median(summarizeSeconds.subList(1, summarizeSeconds.size())); // Skip the warm-up's.
        double profile = median(profileSeconds.subList(1, profileSeconds.size()));
        System.out.printf("%nrows=%,d  SUMMARIZE median %.2f s  profile median %.2f s  ratio %.2fx (target <= 1.5x)"
                + "  peak RSS %s%n", rows, summarize, profile, profile / summarize, peakResidentMemory());
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    /** Peak resident set size of the whole process (Java heap, DuckDB's native memory, everything). */
    private static String peakResidentMemory() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring("VmHWM:".length()).trim()).findFirst().orElse("n/a");
    }
}
