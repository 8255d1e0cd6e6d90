package io.dataops.workbench.monitor.cloudwatch;

import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.CUSTOM_ROWS;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.EC2_CPU_A;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.EC2_CPU_ASG;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.EC2_CPU_B;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.EC2_NET;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.RDS_CONNECTIONS;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.SQS_AGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metric catalog against the stub: ListMetrics paging, the recently-active filter, the workspace cache, search. */
class CloudWatchMetricCatalogTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path directory;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory.resolve("ws"));
    }

    @AfterEach
    void stop() {
        workspace.close();
        clients.close();
        stub.close();
    }

    @Test
    void refreshFollowsNextTokenThroughThreePagesAndCachesEveryMetric() {
        StubMetricPages.serveThreePages(stub);
        List<long[]> progress = new ArrayList<>();
        CancellableContext context = new CancellableContext() {
            @Override
            public void progress(long done, long total) {
                progress.add(new long[] {done, total});
            }
        };

        CloudWatchMetricCatalog.Fetch fetch = catalog().refresh(null, false, context);

        assertThat(fetch.metrics()).isEqualTo(7);
        assertThat(fetch.fetchedAt()).isEqualTo(NOW);
        List<Map<String, String>> requests = stub.requests("ListMetrics");
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0)).containsEntry("Version", "2010-08-01").doesNotContainKeys("NextToken",
                "Namespace", "RecentlyActive");
        assertThat(requests.get(1)).containsEntry("NextToken", StubMetricPages.TOKEN_2);
        assertThat(requests.get(2)).containsEntry("NextToken", StubMetricPages.TOKEN_3);
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("1/2", "2/3", "3/3");

        CloudWatchMetricCatalog catalog = catalog();
        assertThat(catalog.namespaces()).containsExactly("AWS/EC2", "AWS/RDS", "AWS/SQS", "DataOps/Quality");
        assertThat(catalog.metrics("AWS/EC2")).containsExactly("CPUUtilization", "NetworkIn");
        assertThat(catalog.dimensionSets("AWS/EC2", "CPUUtilization"))
                .containsExactlyInAnyOrder(EC2_CPU_A, EC2_CPU_B, EC2_CPU_ASG);
        assertThat(catalog.dimensionSets("AWS/RDS", "DatabaseConnections")).containsExactly(RDS_CONNECTIONS);
        assertThat(catalog.dimensionSets("DataOps/Quality", "RowCount")).containsExactly(CUSTOM_ROWS);
        assertThat(catalog.list(null, TaskContext.none())).extracting(MetricDescriptor::id)
                .containsExactlyInAnyOrder(EC2_CPU_A, EC2_CPU_B, EC2_CPU_ASG, EC2_NET, SQS_AGE, RDS_CONNECTIONS, CUSTOM_ROWS);
        assertThat(stub.requests("ListMetrics")).hasSize(3);
    }

    @Test
    void theNamespaceAndTheRecentlyActiveFilterGoIntoTheRequest() {
        stub.respond("ListMetrics", StubMetricPages.page(null, EC2_CPU_A, EC2_NET));

        CloudWatchMetricCatalog.Fetch fetch = catalog().refresh("AWS/EC2", true, TaskContext.none());

        assertThat(stub.requests("ListMetrics")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("Namespace", "AWS/EC2").containsEntry("RecentlyActive", "PT3H"));
        assertThat(fetch.recentlyActive()).isTrue();
        assertThat(catalog().lastFetch()).get().satisfies(last -> {
            assertThat(last.recentlyActive()).isTrue();
            assertThat(last.namespace()).contains("AWS/EC2");
            assertThat(last.metrics()).isEqualTo(2);
        });
    }

    @Test
    void aNewCatalogOnTheReopenedWorkspaceAnswersFromTheCacheWithoutACall() {
        StubMetricPages.serveThreePages(stub);
        // Never fetched: the lister fetches once...
        assertThat(catalog().list("AWS/EC2", TaskContext.none())).hasSize(4);
        assertThat(stub.requests("ListMetrics")).hasSize(3);
        workspace.close();
        stub.reset();

        workspace = Workspace.open(directory.resolve("ws"));
        CloudWatchMetricCatalog reopened = catalog();
        // ...and from then on answers from the workspace: no call at all, even with the stub answering nothing.
        assertThat(reopened.fetchedAt()).contains(NOW);
        assertThat(reopened.list(null, TaskContext.none())).hasSize(7);
        assertThat(reopened.search("cpu")).hasSize(3);
        assertThat(stub.requests("ListMetrics")).isEmpty();
    }

    @Test
    void searchIgnoresCaseAndLooksInNamespaceNameAndDimensionValues() {
        StubMetricPages.serveThreePages(stub);
        CloudWatchMetricCatalog catalog = catalog();
        catalog.refresh(null, false, TaskContext.none());

        assertThat(catalog.search("cpuutil")).containsExactlyInAnyOrder(EC2_CPU_A, EC2_CPU_B, EC2_CPU_ASG);
        assertThat(catalog.search("aws/sqs")).containsExactly(SQS_AGE);
        assertThat(catalog.search("PAYMENTS-db")).containsExactly(RDS_CONNECTIONS);
        assertThat(catalog.search("60001")).containsExactlyInAnyOrder(EC2_CPU_A, EC2_NET);
        assertThat(catalog.search("  ec2   60001 network ")).containsExactly(EC2_NET);
        // LIKE's wildcards are the user's literal characters: "_" matches an underscore only.
        assertThat(catalog.search("orders_dlq")).containsExactly(SQS_AGE);
        assertThat(catalog.search("orders%")).isEmpty();
        assertThat(catalog.search("ord_rs")).isEmpty();
        assertThat(catalog.search("  ")).isEmpty();
    }

    @Test
    void aRefreshReplacesTheRowsAndAFailedOneKeepsTheOldList() {
        StubMetricPages.serveThreePages(stub);
        CloudWatchMetricCatalog catalog = catalog();
        catalog.refresh(null, false, TaskContext.none());

        stub.reset();
        stub.respond("ListMetrics", StubMetricPages.page(null, EC2_NET));
        catalog.refresh(null, false, TaskContext.none());
        assertThat(catalog.list(null, TaskContext.none())).extracting(MetricDescriptor::id).containsExactly(EC2_NET);

        stub.reset();
        // The first page is taken into the transaction; the second fails: nothing of the new fetch stays.
        stub.respondInSequence("ListMetrics", CloudWatchStub.Response.ok("ListMetrics", "<Metrics><member>"
                        + "<Dimensions/><MetricName>Fresh</MetricName><Namespace>AWS/SQS</Namespace></member></Metrics>"
                        + "<NextToken>more</NextToken>"),
                CloudWatchStub.Response.error(403, "ExpiredToken", "The security token included in the request is expired"));
        assertThatThrownBy(() -> catalog.refresh(null, false, TaskContext.none())).hasMessageContaining("expired");
        assertThat(catalog.list(null, TaskContext.none())).extracting(MetricDescriptor::id).containsExactly(EC2_NET);
    }

    @Test
    void aCancelBetweenPagesStopsAndKeepsTheOldList() {
        stub.respond("ListMetrics", StubMetricPages.page(null, EC2_NET));
        CloudWatchMetricCatalog catalog = catalog();
        catalog.refresh(null, false, TaskContext.none());

        stub.reset();
        StubMetricPages.serveThreePages(stub);
        CancellableContext context = new CancellableContext() {
            @Override
            public void progress(long done, long total) {
                cancel();
            }
        };
        assertThatThrownBy(() -> catalog.refresh(null, false, context)).isInstanceOf(CancelledException.class);
        assertThat(stub.requests("ListMetrics")).hasSize(1);
        assertThat(catalog.list(null, TaskContext.none())).extracting(MetricDescriptor::id).containsExactly(EC2_NET);
    }

    @Test
    void eachConnectionHasItsOwnCache() {
        stub.respond("ListMetrics", StubMetricPages.page(null, EC2_NET));
        catalog().refresh(null, false, TaskContext.none());
        CloudWatchConnection other = CloudWatchConnection.of("prod", CloudWatchStub.REGION, stub.endpoint().toString());

        CloudWatchMetricCatalog otherCatalog = new CloudWatchMetricCatalog(workspace::connect, clients, other, clock());
        assertThat(otherCatalog.fetchedAt()).isEmpty();
        assertThat(otherCatalog.namespaces()).isEmpty();
        assertThat(CloudWatchMetricCatalog.connectionKey(other)).isEqualTo("prod|us-east-1|" + stub.endpoint());
    }

    @Test
    void theCliListerCallsListMetricsEveryTime() {
        StubMetricPages.serveThreePages(stub);
        CloudWatchMetricListing listing = new CloudWatchMetricListing(clients.client(stub.connection()),
                stub.connection(), false);
        assertThat(listing.list(null, TaskContext.none())).hasSize(7);
        assertThat(listing.list("AWS/EC2", TaskContext.none())).hasSize(7);
        assertThat(stub.requests("ListMetrics")).hasSize(6);
        assertThat(stub.requests("ListMetrics").get(3)).containsEntry("Namespace", "AWS/EC2");
    }

    private CloudWatchMetricCatalog catalog() {
        return new CloudWatchMetricCatalog(workspace::connect, clients, stub.connection(), clock());
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
