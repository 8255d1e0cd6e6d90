package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.LocalDashboard;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringViewModelTest {

    @TempDir
    Path directory;

    private final AtomicReference<Instant> clock = new AtomicReference<>(Instant.parse("2026-02-01T10:00:05Z"));
    private final FakeMetricSource source = new FakeMetricSource(clock::get)
            .with(LocalDashboard.CPU, t -> t % 100)
            .with(LocalDashboard.MEMORY, t -> 40);
    private final List<Runnable> ticks = new ArrayList<>();
    private final List<Duration> intervals = new ArrayList<>();
    private Workspace workspace;
    private MonitoringViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory.resolve("ws"));
        RefreshTicker ticker = (interval, action) -> {
            intervals.add(interval);
            ticks.add(action);
            return () -> ticks.remove(action);
        };
        model = new MonitoringViewModel(new DashboardStore(workspace::connect), source, AlarmAnnotations.NONE,
                new SameThreadTaskRunner(), clock::get, ticker);
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theLocalDashboardOpensWithDataAndAutoRefreshFetchesOnlyWhatIsNew() {
        assertThat(model.dashboardNames()).containsExactly("Local");
        assertThat(model.dashboardProperty().get().name()).isEqualTo("Local");
        assertThat(model.dataProperty().get().get("local-cpu").pointCount()).isEqualTo(720);
        assertThat(intervals).containsExactly(Duration.ofSeconds(10));

        source.forget();
        clock.set(Instant.parse("2026-02-01T10:00:35Z"));
        ticks.get(0).run();

        assertThat(source.answered()).extracting(MetricQuery::from)
                .containsOnly(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(model.dataProperty().get().get("local-cpu-now").latestValue().orElseThrow()).isEqualTo(30.0);
        assertThat(model.statusProperty().get()).startsWith("Updated");
    }

    @Test
    void aNewTimeRangeIsFetchedWholeAndAutoRefreshCanBeTurnedOff() {
        source.forget();
        model.timeRangeProperty().set(TimeRangeChoice.DAY.range());
        assertThat(source.answered()).extracting(MetricQuery::from).containsOnly(Instant.parse("2026-01-31T10:00:05Z"));
        assertThat(source.answered()).extracting(MetricQuery::period).containsOnly(Duration.ofMinutes(1));

        model.autoRefreshProperty().set(AutoRefresh.OFF);
        assertThat(ticks).isEmpty();
        model.autoRefreshProperty().set(AutoRefresh.FIVE_MINUTES);
        assertThat(intervals).last().isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anAddedWidgetGetsDataAndIsKeptInTheWorkspace() {
        WidgetEditorViewModel editor = model.editor(null);
        assertThat(editor.validProperty().get()).isFalse();
        editor.searchProperty().set("memory");
        assertThat(editor.matchingMetrics()).hasSize(1);
        editor.statisticProperty().set("p99");
        editor.add(editor.matchingMetrics().get(0));
        editor.typeProperty().set(WidgetType.STACKED_AREA);
        assertThat(editor.validProperty().get()).isTrue();
        Widget widget = editor.build();
        assertThat(widget.title()).isEqualTo("MemoryUtilization");

        model.addWidget(widget);

        assertThat(model.dashboardProperty().get().widget(widget.id()).y()).isEqualTo(8);
        assertThat(model.dataProperty().get().get(widget.id()).series().get(0).statistic().toString()).isEqualTo("p99");
        assertThat(new DashboardStore(workspace::connect).load("Local").orElseThrow().widgets()).hasSize(6);

        source.forget();
        model.moveWidget(widget.id(), 6, 9);
        assertThat(source.answered()).isEmpty();
        assertThat(new DashboardStore(workspace::connect).load("Local").orElseThrow().widget(widget.id()).x()).isEqualTo(6);
    }

    @Test
    void aBadStatisticIsExplainedAndBlocksTheEditor() {
        WidgetEditorViewModel editor = model.editor(null);
        editor.add(editor.matchingMetrics().get(0));
        editor.statisticProperty().set("median");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.problemProperty().get()).contains("Unknown statistic 'median'");
    }
}
