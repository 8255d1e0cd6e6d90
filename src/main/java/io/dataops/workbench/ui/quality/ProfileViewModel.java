package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.store.StoredProfile;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
 * Runs the profiler as one cancellable task (cancel stops the running query), keeps the profile shown and
 * its selected column, and stores every profile in the workspace (masked there when Settings say so).
 */
public final class ProfileViewModel {

    /** What was profiled, for the title and the stored profiles. */
    public record Subject(DataSource source, AssetRef asset, Optional<BatchSpec> batch) {
    }

    private final QualityWorkspace quality;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<TableProfile> profile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Subject> subject = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ColumnProfile> selectedColumn = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final BooleanProperty approximate = new SimpleBooleanProperty();
    private final StringProperty sampleRows = new SimpleStringProperty("");
    private final ObservableList<StoredProfile> stored = FXCollections.observableArrayList();
    // One wrapper for good: a fresh one per call would drop listeners once it is garbage collected.
    private final ObservableList<StoredProfile> storedView = FXCollections.unmodifiableObservableList(stored);
    private Consumer<Subject> onProfiled = subject -> { };
    private RunningTask task;

    public ProfileViewModel(QualityWorkspace quality, TaskRunner runner) {
        this.quality = quality;
        this.runner = runner;
    }

    /** Profiles the asset in the background; the result is shown, stored, and listed for comparison. */
    public void run(Subject subject) {
        ProfileOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        cancel();
        running.set(true);
        status.set("Profiling " + describe(subject) + "\u2026");
        String sourceName = subject.source().name();
        task = runner.submit(BackgroundTask.of("Profile " + describe(subject), context -> {
                    TableProfile result = quality.profiler().profile(subject.source(), subject.asset(),
                            subject.batch(), options, context);
                    quality.profiles().save(sourceName, result, quality.settings().maskValues());
                    return new Profiled(result, quality.profiles().list(sourceName));
                })
                .onSucceeded(done -> {
                    this.subject.set(subject);
                    show(done.profile());
                    stored.setAll(done.stored());
                    status.set(summary(done.profile()));
                    onProfiled.accept(subject);
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error)))
                .onCancelled(() -> status.set("Profiling cancelled."))
                .onDone(() -> running.set(false)));
    }

    private record Profiled(TableProfile profile, List<StoredProfile> stored) {
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    /** Lists the profiles stored for a source (newest first), for opening and comparing. */
    public void loadStored(DataSource source) {
        if (source == null) {
            stored.clear();
            return;
        }
        runner.submit(BackgroundTask.of("List stored profiles", context -> quality.profiles().list(source.name()))
                .onSucceeded(stored::setAll));
    }

    /** Shows a stored profile again. */
    public void open(StoredProfile entry) {
        runner.submit(BackgroundTask.of("Open profile " + entry.id(), context -> quality.profiles().load(entry.id()))
                .onSucceeded(loaded -> {
                    subject.set(null); // a stored profile: its batch may no longer be there to run on
                    show(loaded);
                    status.set("Stored profile of " + ProfileFormat.time(entry.profiledAt()) + ": " + summary(loaded));
                }));
    }

    private void show(TableProfile shown) {
        profile.set(shown);
        title.set(shown.asset());
        selectedColumn.set(shown.columns().isEmpty() ? null : shown.columns().get(0));
    }

    private ProfileOptions options() {
        ProfileOptions options = ProfileOptions.exact().withApproximate(approximate.get());
        String rows = sampleRows.get() == null ? "" : sampleRows.get().strip().replace("_", "").replace(",", "");
        if (rows.isEmpty()) {
            return options;
        }
        if (!rows.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("The sample size is a number of rows, not '" + sampleRows.get() + "'.");
        }
        return options.withSampleRows(Long.parseLong(rows));
    }

    static String describe(Subject subject) {
        String asset = subject.asset() instanceof AssetRef.WholeFile ? subject.source().name() : subject.asset().describe();
        return asset + subject.batch().map(b -> " [" + b.column() + " " + b.key().orElse("") + "]").orElse("");
    }

    private static String summary(TableProfile shown) {
        return ProfileFormat.count(shown.rowCount()) + " rows, " + shown.columnCount() + " columns"
                + shown.duplicateRows().stream().mapToObj(d -> ", " + ProfileFormat.count(d) + " duplicate rows")
                .findFirst().orElse("")
                + shown.newestTimestamp().map(t -> ", newest " + t).orElse("")
                + (shown.masked() ? " (values masked)" : "") + ".";
    }

    public void setOnProfiled(Consumer<Subject> action) {
        this.onProfiled = action;
    }

    public ReadOnlyObjectProperty<TableProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** What the profile shown was computed on; null for a stored profile opened again. */
    public ReadOnlyObjectProperty<Subject> subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    public ObjectProperty<ColumnProfile> selectedColumnProperty() {
        return selectedColumn;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public BooleanProperty approximateProperty() {
        return approximate;
    }

    public StringProperty sampleRowsProperty() {
        return sampleRows;
    }

    public ObservableList<StoredProfile> stored() {
        return storedView;
    }
}
