package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetMetric;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.monitoring.browser.MetricBrowserViewModel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Adding or editing one widget: its type and title, metrics picked from the source's list (searched by
 * any part of namespace, name or dimensions), the statistic for each, the period, and for an alarm-status
 * widget the alarm names.
 */
public final class WidgetEditorViewModel {

    /** The periods offered; {@link Widget#AUTO} first. */
    public static final List<Duration> PERIODS = List.of(Widget.AUTO, Duration.ofSeconds(10), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(1));
    public static final List<String> STATISTICS = List.of("Average", "Sum", "Minimum", "Maximum", "SampleCount",
            "p50", "p90", "p99");

    private final String id;
    private final int x;
    private final int y;
    private final int width;
    private final int height;
    private final ObservableList<MetricDescriptor> available = FXCollections.observableArrayList();
    private final FilteredList<MetricDescriptor> matching = new FilteredList<>(available, m -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<WidgetMetric> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<WidgetType> type = new SimpleObjectProperty<>(WidgetType.LINE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty statistic = new SimpleStringProperty("Average");
    private final ObjectProperty<Duration> period = new SimpleObjectProperty<>(Widget.AUTO);
    private final StringProperty alarms = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private MetricBrowserViewModel browser;

    /** Edits {@code widget}, or a new one when null. */
    public WidgetEditorViewModel(Widget widget) {
        if (widget == null) {
            id = UUID.randomUUID().toString();
            x = 0;
            y = 0;
            width = 6;
            height = 4;
        } else {
            id = widget.id();
            x = widget.x();
            y = widget.y();
            width = widget.width();
            height = widget.height();
            type.set(widget.type());
            title.set(widget.title());
            chosen.setAll(widget.metrics());
            period.set(widget.period());
            alarms.set(String.join(", ", widget.alarms()));
        }
        search.addListener((obs, old, text) -> {
            String needle = text.trim().toLowerCase(Locale.ROOT);
            matching.setPredicate(m -> needle.isEmpty() || m.id().label().toLowerCase(Locale.ROOT).contains(needle));
        });
        valid = Bindings.createBooleanBinding(this::checkValid, chosen, type, alarms, statistic);
    }

    /** Loads the metrics the source lists, as a task. */
    public void loadMetrics(MetricSource source, TaskRunner runner) {
        runner.submit(BackgroundTask.of("Listing metrics of " + source.name(), context -> source.listMetrics(null, context))
                .onSucceeded(list -> available.setAll(list.stream()
                        .sorted((a, b) -> a.id().label().compareToIgnoreCase(b.id().label())).toList())));
    }

    /** Picks metrics with the CloudWatch metric browser (a CloudWatch dashboard) instead of the source's list. */
    public void useBrowser(MetricBrowserViewModel browser) {
        this.browser = browser;
        browser.open();
    }

    /** The CloudWatch metric browser, or null when metrics are picked from the source's list. */
    public MetricBrowserViewModel browser() {
        return browser;
    }

    /** Adds the browser's chosen dimension set with the statistic chosen (percentiles too); nothing when none is. */
    public void addFromBrowser() {
        if (browser != null && browser.selectedMetricProperty().get() != null) {
            // ListMetrics reports no unit; CloudWatch sends it with the data.
            add(new MetricDescriptor(browser.selectedMetricProperty().get(), "None"));
        }
    }

    /** Adds the metric with the statistic currently chosen; the same pair is not added twice. */
    public void add(MetricDescriptor metric) {
        WidgetMetric pick = new WidgetMetric(metric.id(), Statistic.parse(statistic.get()));
        if (!chosen.contains(pick)) {
            chosen.add(pick);
        }
        if (title.get().isBlank()) {
            title.set(metric.id().name());
        }
    }

    public void remove(WidgetMetric metric) {
        chosen.remove(metric);
    }

    /** The widget as edited; call only when {@link #validProperty()} holds. */
    public Widget build() {
        List<String> alarmNames = Arrays.stream(alarms.get().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<WidgetMetric> metrics = type.get() == WidgetType.ALARM_STATUS ? List.of() : List.copyOf(chosen);
        return new Widget(id, type.get(), title.get().trim(), metrics, alarmNames, period.get(), x, y, width, height);
    }

    private boolean checkValid() {
        try {
            Statistic.parse(statistic.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        if (type.get() == WidgetType.ALARM_STATUS) {
            boolean any = !alarms.get().isBlank();
            problem.set(any ? "" : "Name at least one alarm (comma-separated).");
            return any;
        }
        problem.set(chosen.isEmpty() ? browser != null
                ? "Pick at least one metric: browse or search, choose a dimension set and press Add."
                : "Pick at least one metric: search, select it and press Add." : "");
        return !chosen.isEmpty();
    }

    public static String periodLabel(Duration period) {
        if (period.isZero()) {
            return "Auto";
        }
        long seconds = period.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + " d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    public ObservableList<MetricDescriptor> matchingMetrics() {
        return matching;
    }

    public ObservableList<WidgetMetric> chosenMetrics() {
        return chosen;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<WidgetType> typeProperty() {
        return type;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statisticProperty() {
        return statistic;
    }

    public ObjectProperty<Duration> periodProperty() {
        return period;
    }

    public StringProperty alarmsProperty() {
        return alarms;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
