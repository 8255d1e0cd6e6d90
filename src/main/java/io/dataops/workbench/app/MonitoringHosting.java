package io.dataops.workbench.app;

import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.host.HostMetricsSampler;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.monitor.store.LocalMetricSource;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.ui.common.Notice;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.monitoring.FxRefreshTicker;
import io.dataops.workbench.ui.monitoring.MonitoringView;
import io.dataops.workbench.ui.monitoring.MonitoringViewModel;
import io.dataops.workbench.ui.monitoring.RefreshTicker;
import io.dataops.workbench.workspace.Workspace;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Wires the Monitoring area by hand: the workspace's metric store as the source, the dashboards store, the
 * host sampler (running while the window is open), and the alarm pane for the "Alarms" tab.
 */
final class MonitoringHosting {

    private MonitoringHosting() {
    }

    /**
     * Starts the host sampler now (so the Local dashboard has data by the time it is opened) and stops it
     * when the window closes; returns the supplier that builds the area when it is first shown.
     */
    static Supplier<Node> create(Workspace workspace, TaskRunner runner, Stage stage) {
        HostMetricsSampler sampler = HostMetricsSampler.forWorkspace(workspace);
        sampler.start();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> sampler.stop());
        MetricSource source = new LocalMetricSource(new LocalMetricStore(workspace::connect));
        return () -> view(workspace, runner, source, stage, new FxRefreshTicker(1));
    }

    /** The area on {@code source}; tests pass a fake source and a faster ticker. */
    static MonitoringView view(Workspace workspace, TaskRunner runner, MetricSource source, Stage stage,
                               RefreshTicker ticker) {
        // ALARMS: h12alarm's alarm pane and its AlarmAnnotations (thresholds, state changes) go here.
        AlarmAnnotations alarms = AlarmAnnotations.NONE;
        Node alarmsPane = new Notice("Alarms are not wired into this build yet.");
        MonitoringViewModel model = new MonitoringViewModel(new DashboardStore(workspace::connect), source, alarms,
                runner, Clock.systemUTC()::instant, ticker);
        MonitoringView view = new MonitoringView(model, alarmsPane);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> model.stop());
        model.load();
        return view;
    }
}
