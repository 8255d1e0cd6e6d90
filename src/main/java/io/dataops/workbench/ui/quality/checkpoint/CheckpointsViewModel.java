package io.dataops.workbench.ui.quality.checkpoint;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.history.HistoryKey;
import io.dataops.workbench.quality.history.RunDetail;
import io.dataops.workbench.quality.history.RunSummary;
import io.dataops.workbench.quality.history.TrendPoint;
import io.dataops.workbench.quality.history.ValidationHistory;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.suite.SuiteVersions;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.ValidationService;
import io.dataops.workbench.quality.validation.checkpoint.Checkpoint;
import io.dataops.workbench.quality.validation.checkpoint.CheckpointJson;
import io.dataops.workbench.quality.validation.checkpoint.CheckpointRunner;
import io.dataops.workbench.quality.validation.checkpoint.CloudWatchPublishing;
import io.dataops.workbench.quality.validation.checkpoint.MetricSink;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Checkpoints from the UI: create one for the suite being built on the profiled asset (the suite is saved as a
 * version first, so the checkpoint runs what is shown), run it as a cancellable task that stores its results,
 * and read the history of a suite on an asset: the trend of success ratio and unexpected counts, and any run's
 * detail with its failing expectations (values masked per the sensitive-data setting).
 */
public final class CheckpointsViewModel {

    /** What the view model needs of the workspace. */
    public record Services(QualityWorkspace quality, ValidationStore store, SuiteVersions versions,
                           ValidationHistory history, MetricSink metrics, DataSource workspaceSource) {
    }

    private final Services services;
    private final TaskRunner runner;
    private final Supplier<ExpectationSuite> suite;
    private final Supplier<Optional<CheckpointTarget>> target;
    private final StringProperty name = new SimpleStringProperty("payments_checkpoint");
    private final BooleanProperty publishToCloudWatch = new SimpleBooleanProperty();
    private final StringProperty cloudWatchProfile = new SimpleStringProperty("");
    private final StringProperty cloudWatchRegion = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<HistoryKey> series = FXCollections.observableArrayList();
    private final ObjectProperty<HistoryKey> selectedSeries = new SimpleObjectProperty<>();
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunSummary> selectedRun = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RunDetail> detail = new ReadOnlyObjectWrapper<>();
    private Optional<Checkpoint> created = Optional.empty();
    private RunningTask task;

    public CheckpointsViewModel(Services services, TaskRunner runner, Supplier<ExpectationSuite> suite,
                                Supplier<Optional<CheckpointTarget>> target) {
        this.services = services;
        this.runner = runner;
        this.suite = suite;
        this.target = target;
        selectedSeries.addListener((obs, old, now) -> loadSeries(now));
        selectedRun.addListener((obs, old, now) -> loadDetail(now));
    }

    /** Saves the suite (a new version when it changed) and a checkpoint validating it on the profiled asset. */
    public void create() {
        Optional<CheckpointTarget> on = target.get();
        ExpectationSuite built = suite.get();
        String checkpointName = name.get() == null ? "" : name.get().strip();
        if (on.isEmpty()) {
            status.set("Profile a table first: the checkpoint validates the profiled asset.");
            return;
        }
        if (built.expectations().isEmpty() || checkpointName.isEmpty()) {
            status.set(checkpointName.isEmpty() ? "Name the checkpoint." : "The suite is empty: add expectations first.");
            return;
        }
        Optional<CloudWatchPublishing> cloudWatch = publishToCloudWatch.get()
                ? Optional.of(new CloudWatchPublishing(null, Optional.ofNullable(cloudWatchProfile.get()),
                        Optional.ofNullable(cloudWatchRegion.get()), Optional.empty()))
                : Optional.empty();
        Checkpoint checkpoint = checkpoint(checkpointName, on.get(), built.name(), cloudWatch);
        runner.submit(BackgroundTask.of("Create checkpoint " + checkpointName, context -> {
                    int version = services.versions().save(built, "Saved for checkpoint " + checkpointName).version().version();
                    services.store().saveCheckpoint(checkpointName, CheckpointJson.write(checkpoint));
                    return version;
                })
                .onSucceeded(version -> {
                    created = Optional.of(checkpoint);
                    status.set("Checkpoint " + checkpointName + " validates " + built.name() + " (version " + version
                            + ") on " + on.get().asset().describe() + ". Press Run.");
                })
                .onFailed(this::failed));
    }

    /** The checkpoint Create saves: store the result, publish metrics locally, and to CloudWatch when asked. */
    static Checkpoint checkpoint(String name, CheckpointTarget on, String suiteName,
                                 Optional<CloudWatchPublishing> cloudWatch) {
        Optional<String> table = on.asset() instanceof AssetRef.Table t ? Optional.of(t.name()) : Optional.empty();
        Optional<String> query = on.asset() instanceof AssetRef.Query q ? Optional.of(q.sql()) : Optional.empty();
        List<String> actions = new java.util.ArrayList<>(List.of(Checkpoint.STORE_RESULT, Checkpoint.PUBLISH_METRICS));
        cloudWatch.ifPresent(c -> actions.add(Checkpoint.PUBLISH_CLOUDWATCH));
        return new Checkpoint(name, List.of(new Checkpoint.Validation(on.source().name(), table, query, Optional.empty(),
                suiteName)), actions, Optional.of(ResultFormat.of(ResultFormat.Level.SUMMARY)), cloudWatch);
    }

    /** Runs the checkpoint created here (or stored under the name) as a cancellable task; results are stored. */
    public void run() {
        String checkpointName = name.get() == null ? "" : name.get().strip();
        Optional<Checkpoint> known = created.filter(c -> c.name().equals(checkpointName));
        running.set(true);
        status.set("Running checkpoint " + checkpointName + "\u2026");
        task = runner.submit(BackgroundTask.of("Run checkpoint " + checkpointName, context -> {
                    Checkpoint checkpoint = known.orElseGet(() -> services.store().findCheckpoint(checkpointName)
                            .map(json -> CheckpointJson.parse(json, checkpointName))
                            .orElseThrow(() -> new UserFacingException("There is no checkpoint " + checkpointName
                                    + " in the workspace; press Create first.")));
                    context.progress(0, checkpoint.validations().size());
                    CheckpointRunner checkpoints = new CheckpointRunner(new ValidationService(services.quality().connector()),
                            this::source, this::suiteNamed, Optional.of(services.store()), Optional.of(services.metrics()));
                    CheckpointRunner.Result result = checkpoints.run(checkpoint, context, warning -> { });
                    context.progress(checkpoint.validations().size(), checkpoint.validations().size());
                    return result;
                })
                .onSucceeded(result -> {
                    List<CheckpointRunner.Run> done = result.runs();
                    long passed = done.stream().filter(r -> r.result().success()).count();
                    CheckpointRunner.Run last = done.get(done.size() - 1);
                    status.set("Checkpoint " + checkpointName + ": " + passed + " of " + done.size() + " validations passed ("
                            + last.result().successful() + "/" + last.result().evaluated() + " expectations)."
                            + result.actions().stream().map(a -> " " + a.message()).collect(java.util.stream.Collectors.joining()));
                    HistoryKey key = new HistoryKey(last.result().suiteName(), last.sourceName(),
                            HistoryKey.assetOf(last.result().batchLabel()));
                    refresh(Optional.of(key));
                })
                .onFailed(this::failed)
                .onCancelled(() -> status.set("Checkpoint run cancelled; nothing was stored."))
                .onDone(() -> running.set(false)));
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    /** Lists the series with stored runs; selects {@code select} (or keeps the current one). */
    public void refresh(Optional<HistoryKey> select) {
        runner.submit(BackgroundTask.of("Read validation history", context -> services.history().series())
                .onSucceeded(found -> {
                    HistoryKey keep = select.orElse(selectedSeries.get());
                    series.setAll(found);
                    if (keep != null && found.contains(keep)) {
                        if (keep.equals(selectedSeries.get())) {
                            loadSeries(keep);
                        } else {
                            selectedSeries.set(keep);
                        }
                    } else if (!found.isEmpty() && selectedSeries.get() == null) {
                        selectedSeries.set(found.get(0));
                    }
                })
                .onFailed(this::failed));
    }

    private void loadSeries(HistoryKey key) {
        if (key == null) {
            trend.clear();
            runs.clear();
            return;
        }
        runner.submit(BackgroundTask.of("Read history of " + key.label(), context ->
                        new Series(services.history().trend(key, 100), services.history().runs(key)))
                .onSucceeded(loaded -> {
                    trend.setAll(loaded.trend());
                    List<RunSummary> newestFirst = new java.util.ArrayList<>(loaded.runs());
                    java.util.Collections.reverse(newestFirst);
                    runs.setAll(newestFirst);
                    selectedRun.set(runs.isEmpty() ? null : runs.get(0));
                })
                .onFailed(this::failed));
    }

    private record Series(List<TrendPoint> trend, List<RunSummary> runs) {
    }

    private void loadDetail(RunSummary run) {
        if (run == null) {
            detail.set(null);
            return;
        }
        runner.submit(BackgroundTask.of("Read run " + run.id(), context -> services.history().detail(run.id()))
                .onSucceeded(found -> detail.set(found.orElse(null)))
                .onFailed(this::failed));
    }

    private DataSource source(String sourceName) {
        if (sourceName.equals(services.workspaceSource().name())) {
            return services.workspaceSource();
        }
        Optional<CheckpointTarget> shown = target.get().filter(t -> t.source().name().equals(sourceName));
        return shown.map(CheckpointTarget::source).or(() -> services.quality().sources().find(sourceName))
                .orElseThrow(() -> new UserFacingException("The checkpoint's source " + sourceName
                        + " is not a data source of the workspace."));
    }

    private ExpectationSuite suiteNamed(String suiteName) {
        return services.store().findSuite(suiteName).orElseThrow(() -> new UserFacingException("The suite " + suiteName
                + " is not saved in the workspace; save a version of it first."));
    }

    private void failed(Throwable error) {
        status.set(ErrorMessages.plainMessage(error));
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Create adds a publish_cloudwatch action (profile and region blank: the default chain and its region). */
    public BooleanProperty publishToCloudWatchProperty() {
        return publishToCloudWatch;
    }

    public StringProperty cloudWatchProfileProperty() {
        return cloudWatchProfile;
    }

    public StringProperty cloudWatchRegionProperty() {
        return cloudWatchRegion;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<HistoryKey> series() {
        return series;
    }

    public ObjectProperty<HistoryKey> selectedSeriesProperty() {
        return selectedSeries;
    }

    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    public ObservableList<RunSummary> runs() {
        return runs;
    }

    public ObjectProperty<RunSummary> selectedRunProperty() {
        return selectedRun;
    }

    public ReadOnlyObjectProperty<RunDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
