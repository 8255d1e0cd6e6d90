package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.LocalDashboard;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.monitoring.chart.TimeSeriesChart;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Monitoring area driven like a user: the Local dashboard updates live, a widget is added, the range changed. */
@ExtendWith(ApplicationExtension.class)
class MonitoringViewTest {

    @TempDir
    Path directory;

    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;
    private MonitoringViewModel model;
    private MonitoringView view;
    private final AtomicInteger cpu = new AtomicInteger(10);
    private FakeMetricSource source;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() {
        workspace = Workspace.open(directory.resolve("ws"));
        runner = new FxTaskRunner((context, error) -> { });
        // The "host" CPU is whatever the test sets; the refresh ticker runs 50 times faster than real time.
        source = new FakeMetricSource(Instant::now)
                .with(LocalDashboard.CPU, t -> cpu.get())
                .with(LocalDashboard.MEMORY, t -> 40 + Math.sin(t / 300) * 10);
        model = new MonitoringViewModel(new DashboardStore(workspace::connect), source, AlarmAnnotations.NONE, runner,
                Instant::now, new FxRefreshTicker(50));
        view = MonitoringScenes.show(stage, model, 1280, 860);
    }

    @AfterEach
    void close() {
        Fx.run(model::stop);
        runner.close();
        workspace.close();
    }

    @Test
    void theLocalDashboardShowsHostMetricsUpdatingLive(FxRobot robot) {
        Fx.waitUntil(() -> "10".equals(number(robot, "local-cpu-now")));
        TimeSeriesChart chart = Fx.call(() -> ((WidgetTile) view.tile("local-cpu")).chart());
        assertThat(Fx.call(() -> chart.series().size())).isEqualTo(2);
        assertThat(Fx.call(() -> chart.series().get(0).data().size())).isGreaterThan(300);

        cpu.set(73);
        // No click: auto-refresh (10 s, sped up) fetches the last period again and the number follows.
        Fx.waitUntil(() -> "73".equals(number(robot, "local-cpu-now")));
        assertThat(Fx.call(() -> chart.series().get(0).data().y()[chart.series().get(0).data().size() - 1]))
                .isEqualTo(73.0);
    }

    @Test
    void aWidgetIsAddedFromTheEditor(FxRobot robot) {
        Fx.waitUntil(() -> model.dashboardProperty().get() != null);
        robot.clickOn("#monitoring-add-widget");
        Fx.waitUntil(() -> robot.lookup("#metric-list").tryQuery().isPresent()
                && !robot.lookup("#metric-list").queryListView().getItems().isEmpty());
        robot.clickOn("#metric-search").write("Memory");
        robot.clickOn(robot.lookup("#metric-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#metric-add");
        robot.clickOn("#widget-title").eraseText(20).write("Memory again");
        robot.clickOn("OK");

        Fx.waitUntil(() -> model.dashboardProperty().get().widgets().size() == 6);
        String id = model.dashboardProperty().get().widgets().get(5).id();
        Fx.waitUntil(() -> view.tile(id) != null && ((WidgetTile) view.tile(id)).chart().series().size() == 1
                && ((WidgetTile) view.tile(id)).chart().series().get(0).data().size() > 0);
        assertThat(model.dashboardProperty().get().widgets().get(5).title()).isEqualTo("Memory again");
        assertThat(new DashboardStore(workspace::connect).load("Local").orElseThrow().widgets()).hasSize(6);
    }

    @Test
    void theTimeRangeChangesWhatIsFetchedAndShown(FxRobot robot) {
        Fx.waitUntil(() -> "10".equals(number(robot, "local-cpu-now")));
        source.forget();
        robot.clickOn("#monitoring-range-3h");

        Fx.waitUntil(() -> source.answered().stream().anyMatch(q -> span(q).equals(Duration.ofHours(3))));
        assertThat(robot.lookup("#monitoring-range-label").queryAs(Label.class).getText()).isEqualTo("Last 3h");
        TimeSeriesChart chart = Fx.call(() -> ((WidgetTile) view.tile("local-cpu")).chart());
        Fx.waitUntil(() -> chart.visibleTo() - chart.visibleFrom() > Duration.ofHours(3).toMillis() - 1000);

        robot.clickOn("#monitoring-utc");
        Fx.waitUntil(() -> model.zone().equals(java.time.ZoneOffset.UTC));
    }

    private static Duration span(MetricQuery query) {
        return Duration.between(query.from(), query.to());
    }

    private String number(FxRobot robot, String widgetId) {
        List<Label> labels = robot.lookup("#widget-" + widgetId + " #widget-number").queryAllAs(Label.class)
                .stream().toList();
        return labels.isEmpty() ? "" : labels.get(0).getText();
    }
}
