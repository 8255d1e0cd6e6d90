package io.dataops.workbench.bench;

import io.dataops.workbench.workspace.Workspace;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Opening an existing workspace (schema check, no migration, no samples to add) and closing it: the part of
 * start-up that the workspace owns, against the 2 s start-up target. Run with {@code mvn -Pbench verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WorkspaceOpenBenchmark {

    private Path directory;

    @Setup(Level.Trial)
    public void createWorkspace() throws IOException {
        directory = Files.createTempDirectory("dataops-bench-");
        Workspace.open(directory).close();
    }

    @Benchmark
    public Path openExistingWorkspace() {
        try (Workspace workspace = Workspace.open(directory)) {
            return workspace.directory();
        }
    }

    @TearDown(Level.Trial)
    public void deleteWorkspace() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(WorkspaceOpenBenchmark::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
