package io.dataops.workbench.ui.monitoring.browser;

import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.EC2_CPU_A;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.EC2_CPU_ASG;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.EC2_CPU_B;
import static io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages.RDS_CONNECTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetMetric;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.ui.monitoring.WidgetEditorViewModel;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metric browser's view model without the toolkit: tasks on the calling thread, the catalog on the stub. */
class MetricBrowserViewModelTest {

    private static final Instant FETCHED = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path directory;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final AtomicReference<Instant> now = new AtomicReference<>(FETCHED);
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory.resolve("ws"));
        StubMetricPages.serveThreePages(stub);
    }

    @AfterEach
    void stop() {
        workspace.close();
        clients.close();
        stub.close();
    }

    @Test
    void beforeAnyRefreshItSaysSoAndCallsNothing() {
        MetricBrowserViewModel browser = browser();
        browser.open();

        assertThat(browser.namespaces()).isEmpty();
        assertThat(browser.cacheAgeProperty().get()).isEqualTo("Not fetched yet: press Refresh from CloudWatch");
        assertThat(browser.statusProperty().get()).contains("press Refresh from CloudWatch");
        assertThat(stub.requests("ListMetrics")).isEmpty();
    }

    @Test
    void refreshFillsNamespacesThenMetricsThenDimensionSets() {
        MetricBrowserViewModel browser = browser();
        browser.open();
        browser.refresh();

        assertThat(stub.requests("ListMetrics")).hasSize(3);
        assertThat(browser.namespaces()).containsExactly("AWS/EC2", "AWS/RDS", "AWS/SQS", "DataOps/Quality");
        assertThat(browser.selectedMetricProperty().get()).isNull();
        browser.selectedNamespaceProperty().set("AWS/EC2");
        assertThat(browser.metrics()).containsExactly("CPUUtilization", "NetworkIn");
        browser.selectedMetricNameProperty().set("CPUUtilization");
        assertThat(browser.dimensionSets()).containsExactlyInAnyOrder(EC2_CPU_A, EC2_CPU_B, EC2_CPU_ASG);
        browser.selectedMetricProperty().set(EC2_CPU_B);

        // Another namespace: its metrics, and nothing chosen until a dimension set is.
        browser.selectedNamespaceProperty().set("AWS/RDS");
        assertThat(browser.metrics()).containsExactly("DatabaseConnections");
        assertThat(browser.selectedMetricProperty().get()).isEqualTo(RDS_CONNECTIONS);
        assertThat(MetricBrowserViewModel.dimensionsLabel(RDS_CONNECTIONS))
                .isEqualTo("DBInstanceIdentifier=payments-db, Role=WRITER");
    }

    @Test
    void theCacheAgeFollowsTheClockAndTheRecentlyActiveChoiceGoesToTheRequest() {
        MetricBrowserViewModel browser = browser();
        browser.recentlyActiveProperty().set(true);
        browser.refresh();
        assertThat(stub.requests("ListMetrics").get(0)).containsEntry("RecentlyActive", "PT3H");
        assertThat(browser.cacheAgeProperty().get()).isEqualTo("fetched just now · 7 metrics (recently active only)");

        now.set(FETCHED.plus(Duration.ofMinutes(5)));
        browser.updateAge();
        assertThat(browser.cacheAgeProperty().get()).startsWith("fetched 5 min ago");

        // Reopened later on the same workspace: the list is there at once, no call made.
        stub.reset();
        now.set(FETCHED.plus(Duration.ofHours(3)));
        MetricBrowserViewModel reopened = browser();
        reopened.open();
        assertThat(reopened.namespaces()).hasSize(4);
        assertThat(reopened.cacheAgeProperty().get()).startsWith("fetched 3 h ago");
        assertThat(stub.requests("ListMetrics")).isEmpty();
    }

    @Test
    void aSearchNarrowsTheThreeListsAndPicksASingleMatch() {
        MetricBrowserViewModel browser = browser();
        browser.refresh();

        browser.searchProperty().set("60002");
        assertThat(browser.namespaces()).containsExactly("AWS/EC2");
        assertThat(browser.metrics()).containsExactly("CPUUtilization");
        assertThat(browser.dimensionSets()).containsExactly(EC2_CPU_B);
        assertThat(browser.selectedMetricProperty().get()).isEqualTo(EC2_CPU_B);

        browser.searchProperty().set("cpu");
        assertThat(browser.dimensionSets()).containsExactlyInAnyOrder(EC2_CPU_A, EC2_CPU_B, EC2_CPU_ASG);
        assertThat(browser.selectedMetricProperty().get()).as("still there: kept").isEqualTo(EC2_CPU_B);

        browser.searchProperty().set("no-such-thing");
        assertThat(browser.namespaces()).isEmpty();
        assertThat(browser.selectedMetricProperty().get()).isNull();
        assertThat(browser.statusProperty().get()).contains("No cached metric matches 'no-such-thing'");

        browser.searchProperty().set("");
        assertThat(browser.namespaces()).hasSize(4);
    }

    @Test
    void aFailedRefreshShowsWhyAndKeepsTheList() {
        MetricBrowserViewModel browser = browser();
        browser.refresh();
        stub.reset();
        stub.fail("ListMetrics", 403, "ExpiredToken", "The security token included in the request is expired");

        browser.refresh();

        assertThat(browser.statusProperty().get()).contains("expired").contains("aws sso login");
        assertThat(browser.namespaces()).hasSize(4);
        assertThat(browser.refreshingProperty().get()).isFalse();
    }

    @Test
    void theWidgetEditorAddsTheChosenMetricWithAPercentile() {
        WidgetEditorViewModel editor = new WidgetEditorViewModel(null);
        MetricBrowserViewModel browser = browser();
        editor.useBrowser(browser);
        browser.refresh();
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.problemProperty().get()).contains("choose a dimension set");

        browser.searchProperty().set("payments-db");
        editor.statisticProperty().set("p99.9");
        editor.addFromBrowser();

        assertThat(editor.chosenMetrics()).containsExactly(new WidgetMetric(RDS_CONNECTIONS, Statistic.parse("p99.9")));
        Widget widget = editor.build();
        assertThat(widget.title()).isEqualTo("DatabaseConnections");
        assertThat(widget.metrics()).extracting(m -> m.statistic().toString()).containsExactly("p99.9");
        assertThat(editor.validProperty().get()).isTrue();
    }

    private MetricBrowserViewModel browser() {
        CloudWatchMetricCatalog catalog = new CloudWatchMetricCatalog(workspace::connect, clients, stub.connection(),
                Clock.fixed(FETCHED, ZoneOffset.UTC));
        return new MetricBrowserViewModel(catalog, runner, now::get);
    }
}
