package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog;
import io.dataops.workbench.monitor.cloudwatch.MetricSources;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.monitoring.chart.TimeSeriesChart;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The metric browser driven like a user on a CloudWatch dashboard against the stub: open the widget editor,
 * refresh the browser from ListMetrics (three pages), search, pick a dimension set, add it with p99, see the
 * widget's chart and the cost meter; reopening the editor lists the metrics again without a call.
 */
@ExtendWith(ApplicationExtension.class)
class MetricBrowserFlowTest {

    @TempDir
    Path directory;

    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;
    private CloudWatchStub stub;
    private CloudWatchClients clients;
    private MonitoringViewModel model;
    private MonitoringView view;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() {
        workspace = Workspace.open(directory.resolve("ws"));
        stub = CloudWatchStub.start();
        clients = CloudWatchStub.clients();
        StubMetricPages.serveThreePages(stub);
        stub.respond("GetMetricData", CloudWatchStub.ok("GetMetricData", results(Instant.now())));
        DashboardStore store = new DashboardStore(workspace::connect);
        store.save(new Dashboard("Fleet", List.of(),
                DashboardSource.cloudWatch(null, CloudWatchStub.REGION, stub.endpoint().toString())));
        MetricSources sources = new MetricSources(new FakeMetricSource(Instant::now), clients, Optional::empty,
                Clock.systemUTC());
        runner = new FxTaskRunner((context, error) -> { });
        model = new MonitoringViewModel(store, sources::source, source -> AlarmAnnotations.NONE, runner, Instant::now,
                new FxRefreshTicker(1));
        // As MonitoringHosting wires it: the catalog of the dashboard's connection, in this workspace.
        model.setMetricCatalogs(source -> new CloudWatchMetricCatalog(workspace::connect, clients,
                sources.connection(source), Clock.systemUTC()));
        view = MonitoringScenes.show(stage, model, 1280, 860);
    }

    @AfterEach
    void close() {
        Fx.run(model::stop);
        runner.close();
        clients.close();
        stub.close();
        workspace.close();
    }

    @Test
    void browseRefreshSearchPickAddAndSeeTheWidgetAndItsCost(FxRobot robot) {
        Fx.waitUntil(() -> model.dashboardProperty().get() != null);
        Fx.run(() -> model.open("Fleet"));
        Fx.waitUntil(() -> model.dashboardProperty().get().name().equals("Fleet"));

        robot.clickOn("#monitoring-add-widget");
        Fx.waitUntil(() -> robot.lookup("#metric-browser").tryQuery().isPresent());
        Fx.waitUntil(() -> text(robot, "#browser-age").startsWith("Not fetched yet"));
        assertThat(stub.requests("ListMetrics")).isEmpty();

        robot.clickOn("#browser-refresh");
        Fx.waitUntil(() -> items(robot, "#browser-namespaces").size() == 4);
        assertThat(stub.requests("ListMetrics")).hasSize(3);
        assertThat(text(robot, "#browser-age")).isEqualTo("fetched just now · 7 metrics");

        robot.clickOn("#browser-search").write("cpu");
        // One namespace and one metric match: both chosen for the user; three dimension sets to pick from.
        Fx.waitUntil(() -> items(robot, "#browser-dimensions").size() == 3);
        assertThat(items(robot, "#browser-metrics")).containsExactly("CPUUtilization");
        Node second = robot.lookup("#browser-dimensions .list-cell").match((ListCell<?> cell) -> cell.getText() != null
                && cell.getText().equals("InstanceId=i-0a1b2c3d4e5f60002")).query();
        robot.clickOn(second);
        @SuppressWarnings("unchecked")
        ComboBox<String> statistic = robot.lookup("#widget-statistic").queryAs(ComboBox.class);
        Fx.run(() -> statistic.setValue("p99"));
        robot.clickOn("#metric-add");
        Fx.waitUntil(() -> items(robot, "#chosen-metrics").size() == 1);
        robot.clickOn("OK");

        Fx.waitUntil(() -> model.dashboardProperty().get().widgets().size() == 1);
        Widget added = model.dashboardProperty().get().widgets().get(0);
        assertThat(added.metrics()).singleElement().satisfies(metric -> {
            assertThat(metric.metric()).isEqualTo(StubMetricPages.EC2_CPU_B);
            assertThat(metric.statistic().toString()).isEqualTo("p99");
        });
        Fx.waitUntil(() -> points(added.id()) == 6);
        assertThat(stub.requests("GetMetricData")).last().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "CPUUtilization")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value",
                        "i-0a1b2c3d4e5f60002")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Stat", "p99"));
        assertThat(new DashboardStore(workspace::connect).load("Fleet").orElseThrow().widgets()).hasSize(1);
        Fx.waitUntil(() -> text(robot, "#cost-meter").contains("(1 metric"));
        assertThat(text(robot, "#cost-meter")).startsWith("Cost: $").contains("per refresh");

        // Reopened: the cached list is there at once, no ListMetrics call.
        robot.clickOn("#monitoring-add-widget");
        Fx.waitUntil(() -> robot.lookup("#metric-browser").tryQuery().isPresent()
                && items(robot, "#browser-namespaces").size() == 4);
        assertThat(text(robot, "#browser-age")).startsWith("fetched just now");
        assertThat(stub.requests("ListMetrics")).hasSize(3);
        // A double-click on a dimension set adds it, as the Add button does.
        robot.clickOn("#browser-search").write("cpu");
        Fx.waitUntil(() -> items(robot, "#browser-dimensions").size() == 3);
        Node first = robot.lookup("#browser-dimensions .list-cell").match((ListCell<?> cell) -> cell.getText() != null
                && cell.getText().equals("InstanceId=i-0a1b2c3d4e5f60002")).query();
        robot.doubleClickOn(first);
        Fx.waitUntil(() -> items(robot, "#chosen-metrics").size() == 1);
        robot.clickOn("Cancel");
    }

    private int points(String widgetId) {
        return Fx.call(() -> {
            WidgetTile tile = (WidgetTile) view.tile(widgetId);
            TimeSeriesChart chart = tile == null ? null : tile.chart();
            return chart == null || chart.series().isEmpty() ? 0 : chart.series().get(0).data().size();
        });
    }

    private static List<Object> items(FxRobot robot, String query) {
        return Fx.call(() -> robot.lookup(query).tryQuery().map(node -> List.<Object>copyOf(((ListView<?>) node).getItems()))
                .orElse(List.of()));
    }

    private static String text(FxRobot robot, String query) {
        return Fx.call(() -> robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse(""));
    }

    /** GetMetricData's answer for m0: six 5-minute points within the last hour. */
    private static String results(Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(40));
        StringBuilder xml = new StringBuilder("<MetricDataResults><member><Id>m0</Id><Label>cpu</Label><Timestamps>");
        for (int i = 0; i < 6; i++) {
            xml.append("<member>").append(start.plus(Duration.ofMinutes(5L * i))).append("</member>");
        }
        xml.append("</Timestamps><Values>");
        for (int i = 0; i < 6; i++) {
            xml.append("<member>").append(40 + i).append("</member>");
        }
        return xml.append("</Values><StatusCode>Complete</StatusCode></member></MetricDataResults><Messages/>")
                .toString();
    }
}
