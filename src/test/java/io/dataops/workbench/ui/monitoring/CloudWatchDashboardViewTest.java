package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.MetricSources;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetMetric;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
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
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * A CloudWatch dashboard driven like a user, against the CloudWatch stub: two charts filled by one
 * GetMetricData call, the cost meter before and after choosing a refresh rate, then throttling that
 * outlasts the retries: the charts keep their points and say they are stale, and why.
 */
@ExtendWith(ApplicationExtension.class)
class CloudWatchDashboardViewTest {

    private static final MetricId QUEUE = MetricId.of("AWS/SQS", "ApproximateNumberOfMessagesVisible",
            Map.of("QueueName", "orders"));
    private static final MetricId ERRORS = MetricId.of("AWS/Lambda", "Errors", Map.of("FunctionName", "ingest"));

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
        stub.respond("GetMetricData", CloudWatchStub.ok("GetMetricData", results(Instant.now())));
        DashboardStore store = new DashboardStore(workspace::connect);
        store.save(new Dashboard("Orders", List.of(widget("queue", "Queue depth", QUEUE, 0),
                widget("errors", "Ingest errors", ERRORS, 6)),
                DashboardSource.cloudWatch(null, CloudWatchStub.REGION, stub.endpoint().toString())));
        MetricSources sources = new MetricSources(new FakeMetricSource(Instant::now), clients, Optional::empty,
                Clock.systemUTC());
        runner = new FxTaskRunner((context, error) -> { });
        // Auto-refresh runs 60 times faster than real time: "1 min" refreshes every second.
        model = new MonitoringViewModel(store, sources::source, source -> AlarmAnnotations.NONE, runner, Instant::now,
                new FxRefreshTicker(60));
        view = MonitoringScenes.show(stage, model, 1200, 760);
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
    void chartsFillFromOneCallTheCostMeterShowsThePriceAndThrottlingLeavesStaleChartsNotEmptyOnes(FxRobot robot) {
        Fx.waitUntil(() -> model.dashboardProperty().get() != null);
        Fx.run(() -> model.open("Orders"));
        Fx.waitUntil(() -> points("queue") == 6 && points("errors") == 6);
        assertThat(stub.requests("GetMetricData")).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("MetricDataQueries.member.1.Id", "m0")
                    .containsEntry("MetricDataQueries.member.2.Id", "m1")
                    .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName",
                            "ApproximateNumberOfMessagesVisible");
        });
        assertThat(text(robot, "#dashboard-source")).isEqualTo("CloudWatch us-east-1 via " + stub.endpoint());
        // Before any refresh rate is chosen: what one refresh costs, and auto-refresh is off.
        assertThat(text(robot, "#cost-meter")).isEqualTo("Cost: $0.00002 per refresh (2 metrics); auto-refresh off");

        robot.clickOn("#monitoring-auto-refresh");
        Node oneMinute = robot.lookup(".list-cell").match((ListCell<?> cell) -> cell.getText() != null
                && cell.getText().startsWith("1 min")).query();
        assertThat(((ListCell<?>) oneMinute).getText()).isEqualTo("1 min  (≈ $0.0012/hour)");
        robot.clickOn(oneMinute);
        assertThat(text(robot, "#cost-meter")).isEqualTo("Cost: ≈ $0.0012/hour (120 metrics/hour at every 60s)");

        stub.fail("GetMetricData", 400, "Throttling", "Rate exceeded");
        Fx.waitUntil(() -> robot.lookup("#widget-queue #stale-badge").queryAs(Label.class).isVisible());

        Label badge = robot.lookup("#widget-queue #stale-badge").queryAs(Label.class);
        assertThat(badge.getText()).startsWith("Stale since ").endsWith("— CloudWatch is throttling requests");
        assertThat(badge.getTooltip().getText()).contains("Throttling").contains("attempts with backoff");
        assertThat(robot.lookup("#widget-errors #stale-badge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#stale-banner").queryAs(Label.class).getText()).contains("throttling");
        assertThat(points("queue")).isEqualTo(6);
        assertThat(points("errors")).isEqualTo(6);
    }

    @Test
    void partialDataIsToldInTheStatusLineWhileTheChartsShowWhatCame(FxRobot robot) {
        stub.reset();
        stub.respond("GetMetricData", CloudWatchStub.ok("GetMetricData", results(Instant.now(), "PartialData")));
        Fx.waitUntil(() -> model.dashboardProperty().get() != null);
        Fx.run(() -> model.open("Orders"));
        Fx.waitUntil(() -> points("queue") == 6 && points("errors") == 6);
        Fx.waitUntil(() -> text(robot, "#monitoring-status").contains("note:"));
        assertThat(text(robot, "#monitoring-status")).startsWith("Updated ").contains("Errors{FunctionName=ingest}")
                .contains("PartialData");
    }

    @Test
    void newOffersCloudWatchWithProfileRegionAndEndpointAndExplainsAMissingRegion(FxRobot robot) {
        Fx.waitUntil(() -> model.dashboardProperty().get() != null);
        robot.clickOn("#dashboard-new");
        robot.clickOn("#dashboard-name").eraseText(20).write("Payments");
        robot.clickOn("#source-cloudwatch");
        robot.clickOn("OK");
        Fx.waitUntil(() -> text(robot, "#source-problem").contains("region"));

        robot.clickOn("#source-region").write("eu-west-1");
        robot.clickOn("#source-endpoint").write(stub.endpoint().toString());
        robot.clickOn("OK");

        Fx.waitUntil(() -> model.dashboardProperty().get().name().equals("Payments"));
        assertThat(model.dashboardProperty().get().source())
                .isEqualTo(DashboardSource.cloudWatch(null, "eu-west-1", stub.endpoint().toString()));
        Fx.waitUntil(() -> text(robot, "#dashboard-source").equals("CloudWatch eu-west-1 via " + stub.endpoint()));
        assertThat(text(robot, "#cost-meter")).isEqualTo("Cost: $0.00000 per refresh (0 metrics); auto-refresh off");
        assertThat(model.autoRefreshProperty().get()).isEqualTo(AutoRefresh.OFF);
    }

    private int points(String widgetId) {
        return Fx.call(() -> {
            WidgetTile tile = (WidgetTile) view.tile(widgetId);
            TimeSeriesChart chart = tile == null ? null : tile.chart();
            return chart == null || chart.series().isEmpty() ? 0 : chart.series().get(0).data().size();
        });
    }

    private static String text(FxRobot robot, String query) {
        return Fx.call(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static Widget widget(String id, String title, MetricId metric, int x) {
        return new Widget(id, WidgetType.LINE, title, List.of(new WidgetMetric(metric, Statistic.AVERAGE)), List.of(),
                Widget.AUTO, x, 0, 6, 4);
    }

    /** GetMetricData's answer for m0 and m1: six 5-minute points each, within the last hour. */
    private static String results(Instant now) {
        return results(now, "Complete");
    }

    /** As above, m1 with the given StatusCode. */
    private static String results(Instant now, String secondStatus) {
        Instant start = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(40));
        StringBuilder xml = new StringBuilder("<MetricDataResults>");
        for (int id = 0; id < 2; id++) {
            xml.append("<member><Id>m").append(id).append("</Id><Label>series ").append(id).append("</Label><Timestamps>");
            for (int i = 0; i < 6; i++) {
                xml.append("<member>").append(start.plus(Duration.ofMinutes(5L * i))).append("</member>");
            }
            xml.append("</Timestamps><Values>");
            for (int i = 0; i < 6; i++) {
                xml.append("<member>").append(id == 0 ? 100 + i * 10 : i % 3).append("</member>");
            }
            xml.append("</Values><StatusCode>").append(id == 0 ? "Complete" : secondStatus).append("</StatusCode></member>");
        }
        return xml.append("</MetricDataResults><Messages/>").toString();
    }
}
