package io.dataops.workbench.bench;

import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.intel.Completer;
import io.dataops.workbench.terraform.intel.Completions;
import io.dataops.workbench.terraform.intel.IntelSnapshot;
import io.dataops.workbench.terraform.intel.ProjectIntel;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The editor's language services on a 200-module project whose root {@code main.tf} has about 10,000
 * lines: from a keystroke in that file to its updated diagnostics (incremental re-analysis of the project),
 * and to a completion list for {@code var.} typed in the middle of it. Target: under 100 ms each, in a
 * 512 MB heap. The root file is exactly 10,000 lines, as the issue asks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class IntelBenchmark {

    static final int MODULES = 200;
    static final int RESOURCES = 1256;

    private Path directory;
    private Path main;
    private String original;
    private ProjectIntel intel;
    private IntelSnapshot snapshot;
    private String typing;
    private int caret;
    private int edits;

    @Setup(Level.Trial)
    public void writeProject() throws IOException {
        directory = Files.createTempDirectory("dataops-intel-bench-");
        original = write(directory);
        main = directory.resolve("main.tf");
        intel = new ProjectIntel(directory, AnalysisOptions.DEFAULT);
        snapshot = intel.analyse();
        int middle = original.indexOf("resource \"terraform_data\" \"r550\"");
        typing = original.substring(0, middle) + "locals {\n  typed = var.\n" + original.substring(middle);
        caret = middle + "locals {\n  typed = var.".length();
        System.out.println("\nroot main.tf lines: " + original.lines().count() + ", modules: "
                + snapshot.configuration().modules().size());
    }

    /** Also sampled, so the report shows the slow keystrokes (p99, max) and not only the mean. */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    public int keystrokeToDiagnostics() {
        edits++;
        String text = original.replace("input = \"v550\"", "input = \"v550" + (edits % 10) + "\"");
        return intel.diagnosticsAfterEdit(main, text).size();
    }

    @Benchmark
    public int keystrokeToCompletion() {
        Completions completions = Completer.at(Optional.of(snapshot), Optional.empty(), main, typing, caret);
        return completions.items().size();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Writes the project; returns the root main.tf. */
    static String write(Path root) throws IOException {
        StringBuilder main = new StringBuilder();
        main.append("variable \"prefix\" {\n  type    = string\n  default = \"bench\"\n}\n\n");
        for (int m = 0; m < MODULES; m++) {
            Path dir = root.resolve("modules/m" + m);
            Files.createDirectories(dir);
            StringBuilder module = new StringBuilder();
            module.append("variable \"name\" {\n  type = string\n}\n\nvariable \"index\" {\n  type = number\n}\n\n");
            for (int r = 0; r < 5; r++) {
                module.append("resource \"terraform_data\" \"r").append(r).append("\" {\n  input = \"${var.name}-")
                        .append(r).append("-${var.index}\"\n}\n\n");
            }
            module.append("output \"id\" {\n  value = terraform_data.r0.id\n}\n");
            Files.writeString(dir.resolve("main.tf"), module);
            main.append("module \"m").append(m).append("\" {\n  source = \"./modules/m").append(m)
                    .append("\"\n  name   = var.prefix\n  index  = ").append(m).append("\n}\n\n");
        }
        for (int r = 0; r < RESOURCES; r++) {
            main.append("resource \"terraform_data\" \"r").append(r).append("\" {\n  input = \"v").append(r)
                    .append("\"\n  triggers_replace = [\n    module.m").append(r % MODULES)
                    .append(".id,\n  ]\n}\n\n");
        }
        main.append("output \"first\" {\n  value = terraform_data.r0.output\n}\n");
        Files.writeString(root.resolve("main.tf"), main);
        return main.toString();
    }
}
