package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.SourceConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV, TSV, Parquet, JSON and JSON lines files profiled through DuckDB, checked against Java's own numbers. */
class FileProfileTest {

    @TempDir
    static Path dir;

    static final Dataset DATA = Dataset.generate(500);
    /** What DuckDB reads back: quoted empty strings in CSV are nulls. */
    static final Dataset READ_BACK = DATA.emptyStringsAsNulls();

    @BeforeAll
    static void writeFiles() throws Exception {
        DATA.writeCsv(dir.resolve("data.csv"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement()) {
            String read = "(SELECT * FROM read_csv('" + dir.resolve("data.csv") + "'))";
            statement.execute("COPY " + read + " TO '" + dir.resolve("data.parquet") + "' (FORMAT parquet)");
            statement.execute("COPY " + read + " TO '" + dir.resolve("data.jsonl") + "' (FORMAT json)");
            statement.execute("COPY " + read + " TO '" + dir.resolve("data.json") + "' (FORMAT json, ARRAY true)");
            statement.execute("COPY " + read + " TO '" + dir.resolve("data.tsv") + "' (FORMAT csv, DELIMITER '\t')");
        }
    }

    @Test
    void csvStatisticsMatchTheData() {
        TableProfile profile = Profiling.profile(dir, FileSource.of(dir.resolve("data.csv").toString()), AssetRef.wholeFile());
        assertThat(profile.asset()).isEqualTo("data.csv");
        ProfileExpectations.check(profile, READ_BACK);
    }

    @Test
    void parquetStatisticsMatchTheData() {
        ProfileExpectations.check(Profiling.profile(dir, FileSource.of(dir.resolve("data.parquet").toString()),
                AssetRef.wholeFile()), READ_BACK);
    }

    @Test
    void jsonArrayAndJsonLinesStatisticsMatchTheData() {
        ProfileExpectations.check(Profiling.profile(dir, FileSource.of(dir.resolve("data.json").toString()),
                AssetRef.wholeFile()), READ_BACK);
        ProfileExpectations.check(Profiling.profile(dir, FileSource.of(dir.resolve("data.jsonl").toString()),
                AssetRef.wholeFile()), READ_BACK);
    }

    @Test
    void approximateProfilesLabelDistinctCountsAndKeepExactTopCountsAndDuplicates() {
        TableProfile exact = Profiling.profile(dir, FileSource.of(dir.resolve("data.csv").toString()), AssetRef.wholeFile());
        TableProfile approximate = Profiling.profiler(dir, java.util.Map.of()).profile(
                FileSource.of(dir.resolve("data.csv").toString()), AssetRef.wholeFile(), java.util.Optional.empty(),
                io.dataops.workbench.quality.profile.ProfileOptions.exact().withApproximate(true),
                io.dataops.workbench.common.TaskContext.none());
        assertThat(approximate.duplicateRows()).isEqualTo(exact.duplicateRows());
        for (int i = 0; i < exact.columns().size(); i++) {
            ColumnProfile e = exact.columns().get(i);
            ColumnProfile a = approximate.columns().get(i);
            if (e.distinctCount().isPresent() && e.nonNullCount() > 0) {
                assertThat(a.distinctIsApproximate()).isTrue();
                assertThat((double) a.distinctCount().getAsLong()).isCloseTo(e.distinctCount().getAsLong(),
                        org.assertj.core.api.Assertions.withinPercentage(25)); // DuckDB's HyperLogLog errs up to ~16% at ~100 values.
            }
            if (!e.topValues().isEmpty()) {
                assertThat(a.topValues().get(0).count()).as(e.name()).isEqualTo(e.topValues().get(0).count()); // Ties may differ.
            }
        }
    }

    @Test
    void tsvIsReadWithATab() {
        FileSource tsv = FileSource.of(dir.resolve("data.tsv").toString());
        assertThat(SourceConnector.detectCsv(tsv).delimiter()).hasValue('\t');
        ProfileExpectations.check(Profiling.profile(dir, tsv, AssetRef.wholeFile()), READ_BACK);
    }

    @Test
    void detectedDelimiterCanBeOverridden() throws Exception {
        Path semicolons = dir.resolve("semi.csv");
        Files.writeString(semicolons, "a;b\n1,5;x\n2,5;y\n");
        FileSource source = FileSource.of(semicolons.toString());
        assertThat(SourceConnector.detectCsv(source).delimiter()).hasValue(';');
        TableProfile asDetected = Profiling.profile(dir, source, AssetRef.wholeFile());
        assertThat(asDetected.schema()).extracting(c -> c.name()).containsExactly("a", "b");
        TableProfile overridden = Profiling.profile(dir, source.withCsv(source.csv().withDelimiter(',')),
                AssetRef.wholeFile());
        assertThat(overridden.columnCount()).isEqualTo(2);
        assertThat(overridden.schema().get(0).name()).isNotEqualTo("a");
    }

    @Test
    void aQueryOverTheFileSeesItAsTheTableSource() {
        TableProfile profile = Profiling.profile(dir, FileSource.of(dir.resolve("data.csv").toString()),
                AssetRef.query("SELECT amount FROM source WHERE amount < 0"));
        ColumnProfile amount = profile.columns().get(0);
        long negatives = READ_BACK.nonNull(1).stream().filter(v -> ((Double) v) < 0).count();
        assertThat(profile.rowCount()).isEqualTo(negatives);
        assertThat(amount.numeric().orElseThrow().negatives()).isEqualTo(negatives);
    }

    @Test
    void aGlobReadsEveryMatchingFileAsOneTable() throws Exception {
        Path parts = Files.createDirectories(dir.resolve("parts"));
        Files.writeString(parts.resolve("2024-01.csv"), "id,v\n1,a\n2,b\n");
        Files.writeString(parts.resolve("2024-02.csv"), "id,v\n3,c\n");
        TableProfile profile = Profiling.profile(dir, FileSource.of(parts + "/2024-*.csv"), AssetRef.wholeFile());
        assertThat(profile.rowCount()).isEqualTo(3);
    }
}
