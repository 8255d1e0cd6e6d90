package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricSource;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchFailures.CloudWatchException;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardFetch;
import io.dataops.workbench.monitor.dashboard.DashboardJson;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.TimeRange;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetData;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.monitoring.browser.MetricBrowserViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Monitoring area's dashboards: which one is open, its widgets and their data, the time range, the
 * zone times are shown in, and auto-refresh. Every store access and fetch runs as a task; a refresh while
 * one is running waits for the next tick, a change of range or dashboard cancels the running fetch.
 * Each dashboard is fetched from its own source (local store or CloudWatch). A failed fetch keeps the data
 * shown and marks it {@linkplain #staleProperty() stale}; one that retrying cannot fix (expired credentials)
 * also pauses auto-refresh until the user refreshes. A CloudWatch dashboard opens with auto-refresh off and
 * shows what refreshing costs.
 */
public final class MonitoringViewModel {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final DashboardStore store;
    private final Function<DashboardSource, MetricSource> sources;
    private final Function<DashboardSource, AlarmAnnotations> alarms;
    private final TaskRunner runner;
    private final Supplier<Instant> clock;
    private final RefreshTicker ticker;
    private final ObservableList<String> dashboardNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, WidgetData>> data = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObjectProperty<TimeRange> timeRange = new SimpleObjectProperty<>(TimeRangeChoice.HOUR.range());
    private final ObjectProperty<AutoRefresh> autoRefresh = new SimpleObjectProperty<>(AutoRefresh.TEN_SECONDS);
    private final BooleanProperty utc = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StaleData> stale = new ReadOnlyObjectWrapper<>();
    private final CostMeter costMeter = new CostMeter(dashboard.getReadOnlyProperty(), autoRefresh);
    private Instant lastUpdated;
    // What auto-refresh was before a CloudWatch dashboard turned it off: restored for a local one.
    private AutoRefresh beforeCloudWatch;
    private SourceChoices sourceChoices = SourceChoices.NONE;
    private RunningTask running;
    private long generation;
    private RefreshTicker.Schedule schedule;
    // Set when the window closes: a task that finishes after that must not start another on a closed runner.
    private boolean stopped;
    private Function<Dashboard, String> terraform;
    private Consumer<String> onTerraform = hcl -> { };
    private CloudWatchDashboardsViewModel cloudWatch;
    private Function<DashboardSource, CloudWatchMetricCatalog> catalogs;

    /** Every dashboard on {@code source}, whatever its own source says. */
    public MonitoringViewModel(DashboardStore store, MetricSource source, AlarmAnnotations alarms, TaskRunner runner,
                               Supplier<Instant> clock, RefreshTicker ticker) {
        this(store, dashboardSource -> source, dashboardSource -> alarms, runner, clock, ticker);
    }

    /**
     * @param sources the metric source of a dashboard source; called in a task (it may build an SDK client) and
     *                may throw a {@link UserFacingException} (a CloudWatch dashboard with no region anywhere)
     * @param alarms  the alarm annotations of a dashboard source
     */
    public MonitoringViewModel(DashboardStore store, Function<DashboardSource, MetricSource> sources,
                               Function<DashboardSource, AlarmAnnotations> alarms, TaskRunner runner,
                               Supplier<Instant> clock, RefreshTicker ticker) {
        this.store = store;
        this.sources = sources;
        this.alarms = alarms;
        this.runner = runner;
        this.clock = clock;
        this.ticker = ticker;
        timeRange.addListener((obs, old, range) -> refresh());
        autoRefresh.addListener((obs, old, every) -> reschedule());
    }

    /** Where the source dialog gets profile names and the region a dashboard without one falls back to. */
    public void setSourceChoices(SourceChoices choices) {
        this.sourceChoices = choices;
    }

    /** Lists the dashboards (creating the default one on first use) and opens the first. */
    public void load() {
        runner.submit(BackgroundTask.of("Loading dashboards", context -> store.names())
                .onSucceeded(names -> {
                    dashboardNames.setAll(names);
                    if (!names.isEmpty()) {
                        open(names.get(0));
                    }
                }));
        reschedule();
    }

    public void open(String name) {
        if (name == null || dashboard.get() != null && dashboard.get().name().equals(name)) {
            return;
        }
        runner.submit(BackgroundTask.of("Opening dashboard " + name, context -> store.load(name))
                .onSucceeded(found -> found.ifPresent(this::show)));
    }

    /** Fetches every widget's data for the whole range; also resumes an auto-refresh a failure paused. */
    public void refresh() {
        fetch(false);
    }

    /**
     * Fetches only what is new since the last fetch and merges it; skipped while a fetch runs and while a
     * failure that retrying cannot fix has paused auto-refresh.
     */
    public void refreshNew() {
        if (!loading.get() && !autoRefreshPaused()) {
            fetch(true);
        }
    }

    private boolean autoRefreshPaused() {
        return stale.get() != null && stale.get().autoRefreshPaused();
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** How "Export as Terraform" turns a dashboard into HCL, and where the HCL goes. */
    public void setTerraformExport(Function<Dashboard, String> exporter, Consumer<String> onExported) {
        this.terraform = exporter;
        this.onTerraform = onExported;
    }

    public boolean canExportTerraform() {
        return terraform != null;
    }

    /** Writes the open dashboard as an {@code aws_cloudwatch_dashboard} resource, as a task. */
    public void exportTerraform() {
        Dashboard current = dashboard.get();
        if (current == null || terraform == null) {
            return;
        }
        runner.submit(BackgroundTask.of("Exporting " + current.name() + " as Terraform",
                context -> terraform.apply(current)).onSucceeded(onTerraform));
    }

    /**
     * An editor for {@code widget} (null: a new one): on a CloudWatch dashboard with the metric browser on its
     * connection's cached catalog, otherwise with the open dashboard's source's metrics loading.
     */
    public WidgetEditorViewModel editor(Widget widget) {
        WidgetEditorViewModel editor = new WidgetEditorViewModel(widget);
        DashboardSource from = dashboard.get() == null ? DashboardSource.LOCAL : dashboard.get().source();
        CloudWatchMetricCatalog catalog = catalogs != null && from.isCloudWatch() ? catalog(from) : null;
        if (catalog != null) {
            editor.useBrowser(new MetricBrowserViewModel(catalog, runner, clock));
            return editor;
        }
        runner.submit(BackgroundTask.of("Connecting to " + from.label(), context -> sources.apply(from))
                .onSucceeded(source -> editor.loadMetrics(source, runner)));
        return editor;
    }

    // A source with no region anywhere has no catalog: the plain list path reports that in a task.
    private CloudWatchMetricCatalog catalog(DashboardSource from) {
        try {
            return catalogs.apply(from);
        } catch (UserFacingException e) {
            return null;
        }
    }

    /** Where the widget editor of a CloudWatch dashboard browses metrics: the catalog of the dashboard's connection. */
    public void setMetricCatalogs(Function<DashboardSource, CloudWatchMetricCatalog> catalogs) {
        this.catalogs = catalogs;
    }

    public void addWidget(Widget widget) {
        edit(dashboard.get().adding(widget), true);
    }

    public void replaceWidget(Widget widget) {
        edit(dashboard.get().with(widget), true);
    }

    public void removeWidget(String id) {
        edit(dashboard.get().without(id), false);
    }

    public void moveWidget(String id, int x, int y) {
        edit(dashboard.get().moving(id, x, y), false);
    }

    public void resizeWidget(String id, int width, int height) {
        edit(dashboard.get().resizing(id, width, height), false);
    }

    /** Creates an empty local dashboard under a name not yet taken and opens it. */
    public void newDashboard(String name) {
        newDashboard(name, DashboardSource.LOCAL);
    }

    /** Creates an empty dashboard on {@code source} under a name not yet taken and opens it. */
    public void newDashboard(String name, DashboardSource source) {
        Dashboard created = new Dashboard(uniqueName(name.isBlank() ? "Dashboard" : name.trim()), List.of(), source);
        saveAndOpen(created);
    }

    /** Points the open dashboard at another source, keeps that in the workspace, and fetches it whole. */
    public void changeSource(DashboardSource source) {
        Dashboard current = dashboard.get();
        if (current != null && !current.source().equals(source)) {
            saveAndOpen(current.withSource(source));
        }
    }

    public SourceChoices sourceChoices() {
        return sourceChoices;
    }

    public void deleteDashboard() {
        Dashboard current = dashboard.get();
        if (current == null) {
            return;
        }
        runner.submit(BackgroundTask.of("Deleting dashboard " + current.name(), context -> {
            store.delete(current.name());
            return store.names();
        }).onSucceeded(names -> {
            dashboardNames.setAll(names);
            dashboard.set(null);
            open(names.get(0));
        }));
    }

    public void exportTo(Path file) {
        Dashboard current = dashboard.get();
        runner.submit(BackgroundTask.of("Saving dashboard to " + file.getFileName(), context -> {
            DashboardJson.writeFile(current, file);
            return file;
        }).onSucceeded(saved -> status.set("Saved " + saved.getFileName())));
    }

    /** CloudWatch's dashboards (open, save, body files): the toolbar offers them when set. */
    public void setCloudWatchDashboards(CloudWatchDashboardsViewModel cloudWatchDashboards) {
        this.cloudWatch = cloudWatchDashboards;
    }

    public Optional<CloudWatchDashboardsViewModel> cloudWatchDashboards() {
        return Optional.ofNullable(cloudWatch);
    }

    /** Keeps a dashboard made elsewhere (a CloudWatch import) in the workspace, renamed if its name is taken, and opens it. */
    public void adopt(Dashboard imported) {
        saveAndOpen(imported.renamed(uniqueName(imported.name())));
    }

    /** Reads a dashboard file into the workspace (renamed if its name is taken) and opens it. */
    public void importFrom(Path file) {
        runner.submit(BackgroundTask.of("Opening dashboard file " + file.getFileName(), context -> DashboardJson.readFile(file))
                .onSucceeded(read -> saveAndOpen(read.renamed(uniqueName(read.name())))));
    }

    private void saveAndOpen(Dashboard created) {
        runner.submit(BackgroundTask.of("Saving dashboard " + created.name(), context -> {
            store.save(created);
            return store.names();
        }).onSucceeded(names -> {
            dashboardNames.setAll(names);
            show(created);
        }));
    }

    /** Opens {@code opened} with no data yet: a CloudWatch one with auto-refresh off until the user picks a rate. */
    private void show(Dashboard opened) {
        boolean wasCloudWatch = dashboard.get() != null && dashboard.get().source().isCloudWatch();
        data.set(Map.of());
        stale.set(null);
        lastUpdated = null;
        dashboard.set(opened);
        if (opened.source().isCloudWatch() && !wasCloudWatch) {
            beforeCloudWatch = autoRefresh.get();
            autoRefresh.set(AutoRefresh.OFF);
        } else if (!opened.source().isCloudWatch() && beforeCloudWatch != null) {
            autoRefresh.set(beforeCloudWatch);
            beforeCloudWatch = null;
        }
        refresh();
    }

    private void edit(Dashboard edited, boolean needsData) {
        dashboard.set(edited);
        runner.submit(BackgroundTask.of("Saving dashboard " + edited.name(), context -> {
            store.save(edited);
            return edited;
        }));
        if (needsData) {
            fetch(true);
        }
    }

    private void fetch(boolean incremental) {
        Dashboard current = dashboard.get();
        if (current == null || stopped) {
            return;
        }
        cancel();
        long mine = ++generation;
        TimeRange range = timeRange.get();
        Map<String, WidgetData> held = incremental ? data.get() : Map.of();
        Instant now = clock.get();
        loading.set(true);
        running = runner.submit(BackgroundTask.of("Fetching metrics for " + current.name(), context -> {
                    MetricSource source = sources.apply(current.source());
                    Map<String, WidgetData> fetched = new DashboardFetch(source, alarms.apply(current.source()))
                            .fetch(current, range, now, held, context);
                    return new Fetched(fetched, source instanceof CloudWatchMetricSource cloudWatch
                            ? cloudWatch.lastFetchNotes() : List.of());
                })
                .onSucceeded(result -> {
                    if (mine == generation) {
                        data.set(result.data());
                        stale.set(null);
                        lastUpdated = now;
                        status.set("Updated " + CLOCK.format(now.atZone(zone())) + notes(result.notes()));
                    }
                })
                .onFailed(error -> {
                    if (mine == generation) {
                        failed(error, now);
                    }
                })
                .onDone(() -> {
                    if (mine == generation) {
                        loading.set(false);
                        running = null;
                    }
                }));
        if (loading.get()) {
            progress.bind(running.progressProperty());
        } else {
            running = null;
        }
    }

    /** What CloudWatch said of the last fetch (PartialData, a rounded period), for the status line. */
    private static String notes(List<String> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        return " — note: " + notes.get(0) + (notes.size() > 1 ? " (and " + (notes.size() - 1) + " more)" : "");
    }

    /** A fetch's widget data and CloudWatch's notes on it. */
    private record Fetched(Map<String, WidgetData> data, List<String> notes) {
    }

    /** Keeps what is shown, marks it stale, and pauses auto-refresh for a failure that retrying cannot fix. */
    private void failed(Throwable error, Instant at) {
        String message = error instanceof UserFacingException ? error.getMessage()
                : "Could not fetch metrics: " + error.getMessage();
        boolean pause = !retryMayHelp(error);
        stale.set(new StaleData(lastUpdated == null ? at : lastUpdated, message, pause, lastUpdated != null));
        status.set(pause ? "Auto-refresh paused: fix this, then press Refresh"
                : "Could not refresh: the charts show the last data");
    }

    /** Throttling, network and server errors may pass; credentials, permissions and bad settings will not. */
    private static boolean retryMayHelp(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CloudWatchException cloudWatch) {
                return cloudWatch.transientFailure();
            }
        }
        return !(error instanceof UserFacingException);
    }

    private void reschedule() {
        if (schedule != null) {
            schedule.close();
            schedule = null;
        }
        AutoRefresh every = autoRefresh.get();
        if (every != AutoRefresh.OFF) {
            schedule = ticker.every(every.interval(), this::refreshNew);
        }
    }

    /** Stops auto-refresh and any running fetch: the area is being closed. */
    public void stop() {
        stopped = true;
        if (schedule != null) {
            schedule.close();
            schedule = null;
        }
        cancel();
    }

    private String uniqueName(String wanted) {
        String name = wanted;
        for (int i = 2; dashboardNames.contains(name); i++) {
            name = wanted + " (" + i + ")";
        }
        return name;
    }

    public ZoneId zone() {
        return utc.get() ? ZoneOffset.UTC : ZoneId.systemDefault();
    }

    public ObservableList<String> dashboardNames() {
        return dashboardNames;
    }

    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, WidgetData>> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObjectProperty<TimeRange> timeRangeProperty() {
        return timeRange;
    }

    public ObjectProperty<AutoRefresh> autoRefreshProperty() {
        return autoRefresh;
    }

    public BooleanProperty utcProperty() {
        return utc;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Null while the data shown is the latest fetch's. */
    public ReadOnlyObjectProperty<StaleData> staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** What refreshing the open dashboard costs at the chosen rate (CloudWatch only). */
    public CostMeter costMeter() {
        return costMeter;
    }
}
