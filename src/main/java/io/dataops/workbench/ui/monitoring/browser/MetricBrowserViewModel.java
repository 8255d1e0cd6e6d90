package io.dataops.workbench.ui.monitoring.browser;

import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog.Fetch;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Browsing one CloudWatch connection's metrics: namespaces, then a namespace's metrics, then a metric's
 * dimension sets, all from the workspace's cached catalog; a search narrows the three lists to what matches;
 * "Refresh from CloudWatch" calls ListMetrics (optionally recently active only) as a cancellable task. The
 * chosen dimension set is {@link #selectedMetricProperty() the metric} the widget editor adds.
 */
public final class MetricBrowserViewModel {

    private final CloudWatchMetricCatalog catalog;
    private final TaskRunner runner;
    private final Supplier<Instant> clock;
    private final ObservableList<String> namespaces = FXCollections.observableArrayList();
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObservableList<MetricId> dimensionSets = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedNamespace = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedMetricName = new SimpleObjectProperty<>();
    private final ObjectProperty<MetricId> selectedMetric = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty recentlyActive = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper cacheAge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private CatalogScope scope;
    private Optional<Fetch> lastFetch = Optional.empty();
    private RunningTask refreshTask;
    // Each list load and search carries the generation it was started in; an older answer is dropped.
    private long generation;
    // What was chosen below the namespace when the lists were reloaded: chosen again if still listed.
    private String keepMetricName;
    private MetricId keepMetric;

    public MetricBrowserViewModel(CloudWatchMetricCatalog catalog, TaskRunner runner, Supplier<Instant> clock) {
        this.catalog = catalog;
        this.runner = runner;
        this.clock = clock;
        this.scope = CatalogScope.all(catalog);
        selectedNamespace.addListener((obs, old, namespace) -> loadMetrics(namespace));
        selectedMetricName.addListener((obs, old, name) -> loadDimensionSets(selectedNamespace.get(), name));
        search.addListener((obs, old, text) -> applySearch(text));
    }

    /** Reads what the workspace holds for this connection: instant, no call to AWS. */
    public void open() {
        runner.submit(BackgroundTask.of("Reading the cached CloudWatch metrics", context -> catalog.lastFetch())
                .onSucceeded(found -> {
                    lastFetch = found;
                    updateAge();
                    status.set(found.isEmpty() ? "No metric list of " + catalog.connection().describe()
                            + " yet: press Refresh from CloudWatch." : "");
                    reload();
                }));
    }

    /** Calls ListMetrics for every namespace, replacing the cached list; progress per page, cancellable. */
    public void refresh() {
        if (refreshing.get()) {
            return;
        }
        boolean onlyRecent = recentlyActive.get();
        refreshing.set(true);
        status.set("Listing metrics from CloudWatch…");
        refreshTask = runner.submit(BackgroundTask.of("Listing CloudWatch metrics of " + catalog.connection().describe(),
                        context -> catalog.refresh(null, onlyRecent, context))
                .onSucceeded(fetch -> {
                    lastFetch = Optional.of(fetch);
                    status.set("");
                    updateAge();
                    reload();
                })
                .onFailed(error -> status.set(error instanceof CancelledException ? "Refresh cancelled; the"
                        + " cached list is kept." : error.getMessage()))
                .onCancelled(() -> status.set("Refresh cancelled; the cached list is kept."))
                .onDone(() -> {
                    refreshing.set(false);
                    progress.unbind();
                    progress.set(0);
                    refreshTask = null;
                }));
        if (refreshing.get()) {
            progress.bind(refreshTask.progressProperty());
        } else {
            refreshTask = null;
        }
    }

    public void cancelRefresh() {
        if (refreshTask != null) {
            refreshTask.cancel();
        }
    }

    /** Recomputes "fetched 5 min ago" against the clock (the view calls it as time passes). */
    public void updateAge() {
        cacheAge.set(CacheAge.describe(lastFetch, clock.get()));
    }

    private void applySearch(String text) {
        if (text == null || text.isBlank()) {
            scope = CatalogScope.all(catalog);
            reload();
            return;
        }
        long mine = ++generation;
        runner.submit(BackgroundTask.of("Searching CloudWatch metrics", context -> catalog.search(text))
                .onSucceeded(found -> {
                    if (mine == generation) {
                        scope = CatalogScope.matches(found);
                        status.set(found.isEmpty() ? "No cached metric matches '" + text.trim() + "'."
                                : found.size() >= CloudWatchMetricCatalog.SEARCH_LIMIT ? "Showing the first "
                                + found.size() + " matches: type more to narrow them." : "");
                        reload();
                    }
                }));
    }

    private void reload() {
        keepMetricName = selectedMetricName.get();
        keepMetric = selectedMetric.get();
        CatalogScope current = scope;
        long mine = ++generation;
        runner.submit(BackgroundTask.of("Reading CloudWatch namespaces", context -> current.namespaces())
                .onSucceeded(found -> {
                    if (mine == generation) {
                        show(namespaces, found, selectedNamespace, selectedNamespace.get());
                    }
                }));
    }

    private void loadMetrics(String namespace) {
        if (namespace == null) {
            metrics.clear();
            selectedMetricName.set(null);
            return;
        }
        CatalogScope current = scope;
        runner.submit(BackgroundTask.of("Reading metrics of " + namespace, context -> current.metrics(namespace))
                .onSucceeded(found -> {
                    if (namespace.equals(selectedNamespace.get())) {
                        String wanted = keepMetricName != null ? keepMetricName : selectedMetricName.get();
                        keepMetricName = null;
                        show(metrics, found, selectedMetricName, wanted);
                    }
                }));
    }

    private void loadDimensionSets(String namespace, String name) {
        if (namespace == null || name == null) {
            dimensionSets.clear();
            selectedMetric.set(null);
            return;
        }
        CatalogScope current = scope;
        runner.submit(BackgroundTask.of("Reading dimensions of " + name, context -> current.dimensionSets(namespace, name))
                .onSucceeded(found -> {
                    if (namespace.equals(selectedNamespace.get()) && name.equals(selectedMetricName.get())) {
                        MetricId wanted = keepMetric != null ? keepMetric : selectedMetric.get();
                        keepMetric = null;
                        show(dimensionSets, found, selectedMetric, wanted);
                    }
                }));
    }

    /**
     * Shows a list keeping its selection when the item is still there; a single item is selected for the user.
     * The selection is cleared and set again so the next list reloads from the current scope.
     */
    private static <T> void show(ObservableList<T> list, List<T> items, ObjectProperty<T> selected, T wanted) {
        list.setAll(items);
        selected.set(null);
        if (wanted != null && items.contains(wanted)) {
            selected.set(wanted);
        } else if (items.size() == 1) {
            selected.set(items.get(0));
        }
    }

    /** "InstanceId=i-123, Role=WRITER", or "(no dimensions)": how a dimension set is listed. */
    public static String dimensionsLabel(MetricId metric) {
        if (metric.dimensions().isEmpty()) {
            return "(no dimensions)";
        }
        return String.join(", ", metric.dimensions().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    public ObservableList<String> namespaces() {
        return namespaces;
    }

    public ObservableList<String> metrics() {
        return metrics;
    }

    public ObservableList<MetricId> dimensionSets() {
        return dimensionSets;
    }

    public ObjectProperty<String> selectedNamespaceProperty() {
        return selectedNamespace;
    }

    public ObjectProperty<String> selectedMetricNameProperty() {
        return selectedMetricName;
    }

    /** The chosen dimension set: the metric "Add" puts into the widget; null until one is chosen. */
    public ObjectProperty<MetricId> selectedMetricProperty() {
        return selectedMetric;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty recentlyActiveProperty() {
        return recentlyActive;
    }

    public ReadOnlyStringProperty cacheAgeProperty() {
        return cacheAge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
