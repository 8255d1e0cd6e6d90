package io.dataops.workbench.app;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarmAnnotations;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchDashboards;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog;
import io.dataops.workbench.monitor.cloudwatch.MetricSources;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.export.DashboardTerraform;
import io.dataops.workbench.monitor.host.HostMetricsSampler;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.monitor.store.LocalMetricSource;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.alarm.AlarmMonitor;
import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.monitoring.alarm.AlarmNotifications;
import io.dataops.workbench.ui.monitoring.alarm.AlarmsPane;
import io.dataops.workbench.ui.monitoring.alarm.PopupAlarmNotifier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.monitoring.CloudWatchDashboardsViewModel;
import io.dataops.workbench.ui.monitoring.FxRefreshTicker;
import io.dataops.workbench.ui.monitoring.MonitoringView;
import io.dataops.workbench.ui.monitoring.MonitoringViewModel;
import io.dataops.workbench.ui.monitoring.RefreshTicker;
import io.dataops.workbench.ui.monitoring.SourceChoices;
import io.dataops.workbench.workspace.Workspace;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Wires the Monitoring area by hand: the workspace's metric store as the local source and CloudWatch per
 * dashboard (through {@link MetricSources}), the dashboards store, the host sampler (running while the window
 * is open), and the alarm pane for the "Alarms" tab.
 */
final class MonitoringHosting {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringHosting.class);

    private MonitoringHosting() {
    }

    /**
     * Starts the host sampler and the alarm watch now (so the Local dashboard has data by the time it is opened,
     * and alarm state changes raise notifications whether or not the area was ever opened) and stops them when
     * the window closes; returns the supplier that builds the area when it is first shown.
     */
    static Supplier<Node> create(Workspace workspace, TaskRunner runner, Stage stage, Consumer<String> openHcl) {
        HostMetricsSampler sampler = HostMetricsSampler.forWorkspace(workspace);
        sampler.start();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> sampler.stop());
        MetricSource source = new LocalMetricSource(new LocalMetricStore(workspace::connect));
        CloudWatchClients clients = CloudWatchClients.standard();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> clients.close());
        MetricSources sources = metricSources(workspace, source, clients);
        AlarmStore alarmStore = new AlarmStore(workspace::connect, Clock.systemUTC());
        RefreshTicker ticker = new FxRefreshTicker(1);
        AtomicReference<AlarmsPane> pane = new AtomicReference<>();
        AlarmNotifications notifications = new AlarmNotifications(new PopupAlarmNotifier(stage));
        watchAlarms(new AlarmMonitor(alarmStore, source, Clock.systemUTC(), notifications::stateChanged),
                notifications, () -> {
                    if (pane.get() != null) {
                        pane.get().refresh();
                    }
                }, runner, ticker, stage);
        return () -> view(workspace, runner, sources, stage, ticker, openHcl, alarmStore, pane::set, clients);
    }

    /**
     * Each dashboard's source: {@code local} for local ones, CloudWatch through {@code clients} (tests give
     * {@code CloudWatchStub.clients()}) with Settings' AWS region for dashboards that name none; CloudWatch
     * metric lists come from the workspace's cached metric catalog.
     */
    static MetricSources metricSources(Workspace workspace, MetricSource local, CloudWatchClients clients) {
        MetricSources sources = new MetricSources(local, clients,
                () -> workspace.workbenchSettings().awsRegion(), Clock.systemUTC());
        sources.useListers((connection, client) -> new CloudWatchMetricCatalog(workspace::connect, clients,
                connection, Clock.systemUTC()));
        return sources;
    }

    /** The metric browser's catalog for a CloudWatch dashboard: its connection's, cached in the workspace. */
    static Function<DashboardSource, CloudWatchMetricCatalog> metricCatalogs(Workspace workspace, MetricSources sources,
                                                                            CloudWatchClients clients) {
        return source -> new CloudWatchMetricCatalog(workspace::connect, clients, sources.connection(source),
                Clock.systemUTC());
    }

    /**
     * The area on {@code source}; {@code openHcl} takes an export's HCL to the Infrastructure area's editor and
     * {@code alarmsPaneShown} gets the alarm pane, to refresh it when the alarm watch sees a change.
     */
    static MonitoringView view(Workspace workspace, TaskRunner runner, MetricSources sources, Stage stage,
                               RefreshTicker ticker, Consumer<String> openHcl, AlarmStore alarmStore,
                               Consumer<AlarmsPane> alarmsPaneShown, CloudWatchClients clients) {
        MetricSource source = sources.source(DashboardSource.LOCAL);
        // ALARMS: the alarm feature's pane in the "Alarms" tab; its thresholds and state changes on the charts.
        AlarmAnnotations alarms = new StoredAlarmAnnotations(alarmStore);
        // CloudWatch dashboards show CloudWatch's own alarms (DescribeAlarms, history), one cache per connection.
        Function<CloudWatchConnection, AlarmAnnotations> cloudWatchAlarms =
                CloudWatchAlarmAnnotations.perConnection(clients, Clock.systemUTC());
        AlarmsPane alarmsPane = AlarmsPane.create(alarmStore, source, runner, Clock.systemUTC(), openHcl,
                CloudWatchAlarmsHosting.access(workspace, clients));
        alarmsPaneShown.accept(alarmsPane);
        MonitoringViewModel model = new MonitoringViewModel(new DashboardStore(workspace::connect), sources::source,
                dashboardSource -> dashboardSource.isCloudWatch()
                        ? cloudWatchAlarms.apply(sources.connection(dashboardSource)) : alarms,
                runner, Clock.systemUTC()::instant, ticker);
        model.setSourceChoices(new SourceChoices(AwsProfiles::loadDefault, () -> workspace.workbenchSettings().awsRegion()));
        model.setTerraformExport(dashboard -> DashboardTerraform.of(dashboard, region(workspace)), openHcl);
        // CLOUDWATCH DASHBOARDS: open, save and body files in the toolbar's CloudWatch menu.
        model.setCloudWatchDashboards(new CloudWatchDashboardsViewModel(new CloudWatchDashboards(clients),
                AwsProfiles::loadDefault, () -> workspace.workbenchSettings().awsProfile().orElse(null),
                () -> workspace.workbenchSettings().awsRegion().orElse(null), runner));
        model.setMetricCatalogs(metricCatalogs(workspace, sources, clients));
        MonitoringView view = new MonitoringView(model, alarmsPane);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> model.stop());
        model.load();
        return view;
    }

    /**
     * What CloudWatch dashboards show of alarms. Local alarms watch local metrics, so none of them belong on a
     * CloudWatch chart.
     */
    /** Settings' AWS region, or us-east-1 when none is set (the dashboard body needs one per metric widget). */
    private static String region(Workspace workspace) {
        return workspace.workbenchSettings().awsRegion().filter(r -> !r.isBlank()).orElse("us-east-1");
    }

    /**
     * Evaluates the alarms that are due every 10 s, as a task, shows state changes in the alarm list and raises
     * a notification for them (coalesced per round).
     */
    static void watchAlarms(AlarmMonitor monitor, AlarmNotifications notifications, Runnable changed,
                            TaskRunner runner, RefreshTicker ticker, Stage stage) {
        AtomicBoolean running = new AtomicBoolean();
        RefreshTicker.Schedule schedule = ticker.every(Duration.ofSeconds(10), () -> {
            if (running.compareAndSet(false, true)) {
                runner.submit(BackgroundTask.of("Evaluating alarms", monitor::evaluateDue)
                        .onSucceeded(changes -> {
                            if (!changes.isEmpty()) {
                                changed.run();
                            }
                        })
                        .onFailed(error -> LOG.warn("Alarm evaluation failed", error))
                        .onDone(() -> {
                            running.set(false);
                            notifications.flush();
                        }));
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> schedule.close());
    }
}
