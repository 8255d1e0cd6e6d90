package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.AlarmEvaluator;
import io.dataops.workbench.monitor.alarm.AlarmReplay;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.monitor.alarm.AlarmValidation;
import io.dataops.workbench.monitor.alarm.ComparisonOperator;
import io.dataops.workbench.monitor.alarm.Dimension;
import io.dataops.workbench.monitor.alarm.TreatMissingData;
import io.dataops.workbench.monitor.export.TerraformExport;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The alarm editor's state: the form fields of a PutMetricAlarm definition, a backtest over a chosen range
 * (where the alarm would have fired), the "why" of a selected evaluation and the Terraform export.
 */
public final class AlarmEditorViewModel {

    /** The backtest ranges the editor offers, as CloudWatch's console does. */
    public static final List<Duration> RANGES = List.of(Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7));

    private final MetricSource source;
    private final AlarmStore store;
    private final TaskRunner runner;
    private final Clock clock;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty namespace = new SimpleStringProperty("");
    private final StringProperty metricName = new SimpleStringProperty("");
    private final StringProperty dimensions = new SimpleStringProperty("");
    private final StringProperty statistic = new SimpleStringProperty("Average");
    private final IntegerProperty period = new SimpleIntegerProperty(60);
    private final StringProperty threshold = new SimpleStringProperty("");
    private final ObjectProperty<ComparisonOperator> operator =
            new SimpleObjectProperty<>(ComparisonOperator.GREATER_THAN_THRESHOLD);
    private final IntegerProperty evaluationPeriods = new SimpleIntegerProperty(1);
    private final IntegerProperty datapointsToAlarm = new SimpleIntegerProperty(1);
    private final ObjectProperty<TreatMissingData> treatMissingData = new SimpleObjectProperty<>(TreatMissingData.MISSING);
    private final ObjectProperty<Duration> range = new SimpleObjectProperty<>(Duration.ofHours(3));

    private final ObservableList<MetricDescriptor> metrics = FXCollections.observableArrayList();
    private final ObservableList<AlarmEvaluation> evaluations = FXCollections.observableArrayList();
    private final ObservableList<AlarmEvaluation> stateChanges = FXCollections.observableArrayList();
    private final ObjectProperty<List<Datapoint>> backtestSeries = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Instant[]> backtestRange = new SimpleObjectProperty<>();
    private final ObjectProperty<AlarmEvaluation> selectedEvaluation = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper terraform = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Consumer<String> exportHook = text -> { };
    private Consumer<AlarmDefinition> savedHook = alarm -> { };
    private MetricSource backtestSource;
    private final ReadOnlyStringWrapper backtestSourceLabel = new ReadOnlyStringWrapper(LOCAL_METRICS);
    /** The definition last loaded: its fields the form does not show (actions, unit) are kept on save and put. */
    private AlarmDefinition loaded;

    static final String LOCAL_METRICS = "local metrics";

    public AlarmEditorViewModel(MetricSource source, AlarmStore store, TaskRunner runner, Clock clock) {
        this.source = source;
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.backtestSource = source;
        selectedEvaluation.addListener((o, old, now) -> why.set(now == null ? "" : AlarmWhy.describe(now)));
    }

    /** Called with the HCL text of "Export as Terraform"; the app opens it in the HCL editor. */
    public void onExportTerraform(Consumer<String> hook) {
        exportHook = Objects.requireNonNull(hook);
    }

    /** Called after a definition was saved to the workspace. */
    public void onSaved(Consumer<AlarmDefinition> hook) {
        savedHook = Objects.requireNonNull(hook);
    }

    /**
     * Backtests on {@code metrics} from now on (a CloudWatch alarm's own metrics); {@code label} names it next to
     * the Backtest button ("CloudWatch us-east-1").
     */
    public void useBacktestSource(MetricSource metrics, String label) {
        backtestSource = Objects.requireNonNull(metrics);
        backtestSourceLabel.set(label);
    }

    /** Backtests on the workspace's own metrics again. */
    public void useLocalSource() {
        useBacktestSource(source, LOCAL_METRICS);
    }

    /** Shows a message in the editor's status line (what was loaded, what was put). */
    public void showStatus(String text) {
        status.set(text);
    }

    /** Loads the metrics the source knows into {@link #metrics()}. */
    public void loadMetrics() {
        runner.submit(BackgroundTask.of("List metrics", context -> source.listMetrics(null, context))
                .onSucceeded(metrics::setAll));
    }

    /** Fills the metric fields from one the source listed. */
    public void chooseMetric(MetricDescriptor descriptor) {
        namespace.set(descriptor.id().namespace());
        metricName.set(descriptor.id().name());
        dimensions.set(String.join(",", descriptor.id().dimensions().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        if (name.get().isBlank()) {
            name.set(descriptor.id().name() + "-alarm");
        }
    }

    /** Empties the form for a new alarm. */
    public void clear() {
        for (StringProperty field : List.of(name, description, namespace, metricName, dimensions, threshold)) {
            field.set("");
        }
        statistic.set("Average");
        period.set(60);
        operator.set(ComparisonOperator.GREATER_THAN_THRESHOLD);
        evaluationPeriods.set(1);
        datapointsToAlarm.set(1);
        treatMissingData.set(TreatMissingData.MISSING);
        evaluations.clear();
        stateChanges.clear();
        backtestSeries.set(List.of());
        terraform.set("");
        problems.set("");
        loaded = null;
    }

    /** Fills the form from an existing alarm. */
    public void edit(AlarmDefinition alarm) {
        loaded = alarm;
        name.set(alarm.alarmName());
        description.set(alarm.alarmDescription() == null ? "" : alarm.alarmDescription());
        namespace.set(alarm.namespace());
        metricName.set(alarm.metricName());
        dimensions.set(String.join(",", alarm.dimensions().stream().map(d -> d.name() + "=" + d.value()).toList()));
        statistic.set(alarm.extendedStatistic() != null ? alarm.extendedStatistic() : alarm.statistic());
        period.set(alarm.period());
        threshold.set(TerraformNumber.of(alarm.threshold()));
        operator.set(alarm.comparisonOperator());
        evaluationPeriods.set(alarm.evaluationPeriodCount());
        datapointsToAlarm.set(alarm.datapointsToAlarmCount());
        treatMissingData.set(alarm.missingData());
        evaluations.clear();
        stateChanges.clear();
        backtestSeries.set(List.of());
    }

    /** The definition the form describes, or null (with {@link #problems()} saying why) when it is not valid. */
    public AlarmDefinition definition() {
        List<String> found = new ArrayList<>();
        Double value = null;
        try {
            value = Double.valueOf(threshold.get().trim());
        } catch (NumberFormatException e) {
            found.add("Threshold '" + threshold.get() + "' is not a number.");
        }
        List<Dimension> dims = new ArrayList<>();
        for (String pair : dimensions.get().split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 1) {
                found.add("Dimension '" + pair.trim() + "' must be written Name=Value.");
            } else {
                dims.add(new Dimension(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim()));
            }
        }
        String stat = statistic.get() == null ? "" : statistic.get().trim();
        boolean percentile = stat.startsWith("p") || stat.startsWith("P");
        AlarmDefinition kept = loaded;
        AlarmDefinition alarm = new AlarmDefinition(name.get().trim(), blankToNull(description.get()),
                kept == null ? null : kept.actionsEnabled(), kept == null ? null : kept.okActions(),
                kept == null ? null : kept.alarmActions(), kept == null ? null : kept.insufficientDataActions(),
                metricName.get().trim(), namespace.get().trim(), percentile ? null : stat,
                percentile ? stat : null, dims, period.get(), kept == null ? null : kept.unit(),
                evaluationPeriods.get(), datapointsToAlarm.get(), value, operator.get(), treatMissingData.get(),
                percentile && kept != null ? kept.evaluateLowSampleCountPercentile() : null);
        boolean thresholdTyped = value != null;
        // A threshold that is not a number was named above; skip validation's "Threshold is missing".
        AlarmValidation.problems(alarm).stream()
                .filter(problem -> thresholdTyped || !problem.startsWith("Threshold"))
                .forEach(found::add);
        problems.set(String.join("\n", found));
        return found.isEmpty() ? alarm : null;
    }

    /** Replays the chosen range of the metric through the alarm; the chart and the list show the result. */
    public void backtest() {
        AlarmDefinition alarm = definition();
        if (alarm == null) {
            return;
        }
        long p = alarm.periodDuration().getSeconds();
        Instant to = Instant.ofEpochSecond(Math.floorDiv(clock.instant().getEpochSecond(), p) * p);
        Instant from = to.minus(range.get());
        Instant queryFrom = from.minusSeconds(p * (alarm.evaluationPeriodCount() + AlarmEvaluator.EXTRA_RANGE_PERIODS));
        MetricQuery query = new MetricQuery(alarm.metricId(), alarm.metricStatistic(), alarm.periodDuration(),
                queryFrom, to);
        busy.set(true);
        status.set("Backtesting " + alarm.alarmName() + "...");
        MetricSource metrics = backtestSource;
        runner.submit(BackgroundTask.of("Backtest " + alarm.alarmName(), context -> {
            List<Datapoint> points = metrics.query(List.of(query), context).get(0).datapoints();
            return new Backtest(points, AlarmReplay.replay(alarm, points, from, to, AlarmState.INSUFFICIENT_DATA,
                    context));
        }).onSucceeded(result -> {
            backtestSeries.set(result.points);
            backtestRange.set(new Instant[] {from, to});
            evaluations.setAll(result.replay.evaluations());
            stateChanges.setAll(result.replay.stateChanges());
            long alarms = result.replay.stateChanges().stream().filter(e -> e.state() == AlarmState.ALARM).count();
            status.set(result.points.isEmpty() ? "No datapoints for this metric in the range."
                    : "Would have gone to ALARM " + alarms + " time" + (alarms == 1 ? "" : "s") + " in "
                    + result.replay.evaluations().size() + " evaluations.");
        }).onFailed(error -> status.set("Backtest failed: " + error.getMessage()))
                .onDone(() -> busy.set(false)));
    }

    /** Saves the definition to the workspace. */
    public boolean save() {
        AlarmDefinition alarm = definition();
        if (alarm == null) {
            return false;
        }
        store.put(alarm);
        status.set("Saved " + alarm.alarmName() + ".");
        savedHook.accept(alarm);
        return true;
    }

    /** Writes the alarm as Terraform into {@link #terraform()} and hands it to the export hook. */
    public void exportTerraform() {
        AlarmDefinition alarm = definition();
        if (alarm == null) {
            return;
        }
        terraform.set(TerraformExport.alarm(alarm));
        exportHook.accept(terraform.get());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private record Backtest(List<Datapoint> points, AlarmReplay.Result replay) {
    }

    public StringProperty name() { return name; }
    public StringProperty description() { return description; }
    public StringProperty namespace() { return namespace; }
    public StringProperty metricName() { return metricName; }
    public StringProperty dimensions() { return dimensions; }
    public StringProperty statistic() { return statistic; }
    public IntegerProperty period() { return period; }
    public StringProperty threshold() { return threshold; }
    public ObjectProperty<ComparisonOperator> operator() { return operator; }
    public IntegerProperty evaluationPeriods() { return evaluationPeriods; }
    public IntegerProperty datapointsToAlarm() { return datapointsToAlarm; }
    public ObjectProperty<TreatMissingData> treatMissingData() { return treatMissingData; }
    public ObjectProperty<Duration> range() { return range; }
    public ObservableList<MetricDescriptor> metrics() { return metrics; }
    public ObservableList<AlarmEvaluation> evaluations() { return evaluations; }
    public ObservableList<AlarmEvaluation> stateChanges() { return stateChanges; }
    public ObjectProperty<List<Datapoint>> backtestSeries() { return backtestSeries; }
    public ObjectProperty<Instant[]> backtestRange() { return backtestRange; }
    public ObjectProperty<AlarmEvaluation> selectedEvaluation() { return selectedEvaluation; }
    public ReadOnlyStringProperty why() { return why.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problems() { return problems.getReadOnlyProperty(); }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty terraform() { return terraform.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty backtestSourceLabel() { return backtestSourceLabel.getReadOnlyProperty(); }

    /** Statistic choices for the form's editable combo box. */
    public static List<String> statisticChoices() {
        return List.of(Statistic.AVERAGE.toString(), Statistic.SUM.toString(), Statistic.MINIMUM.toString(),
                Statistic.MAXIMUM.toString(), Statistic.SAMPLE_COUNT.toString(), "p50", "p90", "p95", "p99");
    }
}
