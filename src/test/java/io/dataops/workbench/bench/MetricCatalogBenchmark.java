package io.dataops.workbench.bench;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The metric browser on a catalog of 50,000 metrics (20 namespaces x 50 metrics x 50 instances), fetched once in
 * setup from the stub in 100 ListMetrics pages: reopening (a new catalog on the workspace: when fetched, the
 * namespaces, one namespace's metrics, one metric's dimension sets) and a search.
 * Run with {@code mvn -B -q -Pbench verify -Dbench.args=MetricCatalogBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class MetricCatalogBenchmark {

    private static final int PAGES = 100;
    private static final int PER_PAGE = 500;

    private Path directory;
    private Workspace workspace;
    private CloudWatchStub stub;
    private CloudWatchClients clients;

    @Setup(Level.Trial)
    public void fetchOnce() throws IOException {
        directory = Files.createTempDirectory("dataops-catalog-bench-");
        workspace = Workspace.open(directory.resolve("ws"));
        stub = CloudWatchStub.start();
        clients = CloudWatchStub.clients();
        for (int page = 0; page < PAGES; page++) {
            MetricId[] metrics = new MetricId[PER_PAGE];
            for (int i = 0; i < PER_PAGE; i++) {
                int n = page * PER_PAGE + i;
                metrics[i] = MetricId.of("Bench/Ns" + (n / 2500), "Metric" + (n / 50 % 50),
                        Map.of("InstanceId", String.format("i-%017d", n)));
            }
            String next = page + 1 < PAGES ? "page" + (page + 1) : null;
            String xml = StubMetricPages.page(next, metrics);
            if (page == 0) {
                stub.respond("ListMetrics", xml);
            } else {
                stub.respondWhere("ListMetrics", "NextToken", "page" + page, xml);
            }
        }
        long start = System.nanoTime();
        CloudWatchMetricCatalog.Fetch fetch = catalog().refresh(null, false, TaskContext.none());
        System.out.println("Refresh of " + fetch.metrics() + " metrics in " + PAGES + " pages: "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @TearDown(Level.Trial)
    public void close() {
        clients.close();
        stub.close();
        workspace.close();
    }

    @Benchmark
    public List<MetricId> reopenAndBrowse() {
        CloudWatchMetricCatalog catalog = catalog();
        catalog.lastFetch().orElseThrow();
        List<String> namespaces = catalog.namespaces();
        List<String> metrics = catalog.metrics(namespaces.get(7));
        return catalog.dimensionSets(namespaces.get(7), metrics.get(3));
    }

    @Benchmark
    public List<MetricId> search() {
        return catalog().search("ns12 metric7");
    }

    private CloudWatchMetricCatalog catalog() {
        return new CloudWatchMetricCatalog(workspace::connect, clients, stub.connection(), Clock.systemUTC());
    }
}
