package io.dataops.workbench.bench;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.docs.DataDocsSite;
import io.dataops.workbench.quality.docs.DocsBuildReport;
import io.dataops.workbench.quality.history.StoredRuns;
import io.dataops.workbench.quality.history.ValidationHistory;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * The data docs of a workspace holding 5,000 validation runs: one new run stored, then an incremental rebuild
 * (its result page, the newest archive block, the index, its history page). The full build happens once in setup.
 * Run with {@code mvn -B -q -Pbench verify -Dbench.args=DataDocsRebuildBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class DataDocsRebuildBenchmark {

    private Path directory;
    private Workspace workspace;
    private ValidationStore store;
    private DataDocsSite site;
    private Path out;
    private int next = 5001;

    @Setup(Level.Trial)
    public void storeRunsAndBuild() throws IOException, SQLException {
        directory = Files.createTempDirectory("dataops-docs-bench-");
        workspace = Workspace.open(directory.resolve("ws"));
        store = new ValidationStore(workspace::connect);
        StoredRuns.insert(workspace::connect, 1, next);
        site = new DataDocsSite(new ValidationHistory(workspace::connect, () -> false), store::findSuite);
        out = directory.resolve("docs");
        DocsBuildReport full = site.build(out, TaskContext.none());
        System.out.println("Full build of " + full.totalRuns() + " runs: " + full.elapsed().toMillis() + " ms, index "
                + Files.size(full.indexPage()) + " bytes");
    }

    @Setup(Level.Invocation)
    public void storeOneRun() {
        store.saveResult("warehouse", StoredRuns.run(next++));
    }

    @Benchmark
    public int rebuildAfterOneRun() {
        return site.build(out, TaskContext.none()).written().size();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        workspace.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
