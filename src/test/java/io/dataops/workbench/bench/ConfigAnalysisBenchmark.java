package io.dataops.workbench.bench;

import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.ConfigAnalyzer;
import io.dataops.workbench.terraform.config.Configuration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Analysing the generated 20,000-block configuration with 20 local modules ({@link LargeModuleConfig}): the
 * whole model (parse, declarations, references, linking, diagnostics, graph), and the re-analysis after
 * an edit to one file. Target: at least 10x faster than {@code terraform validate} on the same directory,
 * within a 1 GB heap (the fork runs with {@code -Xmx1g}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3)
@Measurement(iterations = 8)
public class ConfigAnalysisBenchmark {

    private Path directory;
    private ConfigAnalyzer analyzer;
    private Path edited;
    private String original;
    private int edits;

    @Setup(Level.Trial)
    public void writeConfiguration() throws IOException {
        directory = Files.createTempDirectory("dataops-config-bench-");
        LargeModuleConfig.write(directory);
        edited = directory.resolve("modules/m7/main.tf");
        original = Files.readString(edited);
        analyzer = new ConfigAnalyzer(directory, AnalysisOptions.DEFAULT);
        analyzer.analyse();
    }

    @Benchmark
    public int analyseEverything() {
        Configuration configuration = new ConfigAnalyzer(directory, AnalysisOptions.DEFAULT).analyse();
        return configuration.diagnostics().size() + configuration.graph().edges().size();
    }

    @Benchmark
    public int reanalyseAfterAnEdit() {
        edits++;
        String text = original.replace("index = 17\n", "index = " + (17 + edits) + "\n");
        Configuration configuration = analyzer.update(edited, text);
        return configuration.diagnostics().size() + configuration.graph().edges().size();
    }

    @TearDown(Level.Trial)
    public void deleteConfiguration() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
