package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data-source manager: the workspace's own database (holding the samples) first, then the saved
 * sources; add, edit, remove and test a connection. Every store or network access runs in a task.
 */
public final class SourcesViewModel {

    private final QualityWorkspace quality;
    private final DataSource workspaceSource;
    private final TaskRunner runner;
    private final ObservableList<DataSource> sources = FXCollections.observableArrayList();
    // One wrapper for good: a fresh one per call would drop listeners once it is garbage collected.
    private final ObservableList<DataSource> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObjectProperty<DataSource> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SourceFormViewModel> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public SourcesViewModel(QualityWorkspace quality, DataSource workspaceSource, TaskRunner runner) {
        this.quality = quality;
        this.workspaceSource = workspaceSource;
        this.runner = runner;
        sources.add(workspaceSource);
    }

    public ObservableList<DataSource> sources() {
        return sourcesView;
    }

    public ObjectProperty<DataSource> selectedProperty() {
        return selected;
    }

    public DataSource workspaceSource() {
        return workspaceSource;
    }

    /** The built-in source cannot be edited or removed: it is the workspace itself. */
    public boolean isBuiltIn(DataSource source) {
        return source == workspaceSource;
    }

    /** The form being edited (add or edit), null when none is open. */
    public ReadOnlyObjectProperty<SourceFormViewModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** The outcome of the last test, save or removal, in plain words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void load() {
        load(null);
    }

    private void load(String select) {
        runner.submit(BackgroundTask.of("Load data sources", context -> quality.sources().list())
                .onSucceeded(saved -> {
                    List<DataSource> all = new ArrayList<>();
                    all.add(workspaceSource);
                    all.addAll(saved);
                    DataSource keep = selected.get();
                    sources.setAll(all);
                    if (keep == workspaceSource && select == null) {
                        return;
                    }
                    String wanted = select != null ? select : keep == null ? null : keep.name();
                    selected.set(saved.stream().filter(s -> s.name().equals(wanted)).findFirst().orElse(null));
                }));
    }

    public void startAdd(SourceKind kind) {
        form.set(SourceFormViewModel.newSource(kind));
        say("", false);
    }

    public void startEdit() {
        DataSource source = selected.get();
        if (source != null && !isBuiltIn(source)) {
            form.set(SourceFormViewModel.edit(source));
            say("", false);
        }
    }

    public void cancelEdit() {
        form.set(null);
    }

    /** Saves the form (encrypting a typed password first), closes it and selects the saved source. */
    public void save() {
        SourceFormViewModel editing = Objects.requireNonNull(form.get(), "no form open");
        busy.set(true);
        runner.submit(BackgroundTask.of("Save data source", context -> {
                    DataSource source = editing.build(quality.cipher());
                    quality.sources().save(source);
                    editing.originalName().filter(old -> !old.equals(source.name())).ifPresent(quality.sources()::remove);
                    return source;
                })
                .onSucceeded(source -> {
                    form.set(null);
                    say("Saved " + source.name() + ".", false);
                    load(source.name());
                })
                .onFailed(error -> say(ErrorMessages.plainMessage(error), true))
                .onDone(() -> busy.set(false)));
    }

    public void removeSelected() {
        DataSource source = selected.get();
        if (source == null || isBuiltIn(source)) {
            return;
        }
        runner.submit(BackgroundTask.of("Remove " + source.name(), context -> quality.sources().remove(source.name()))
                .onSucceeded(removed -> {
                    selected.set(null);
                    say("Removed " + source.name() + ".", false);
                    load();
                })
                .onFailed(error -> say(ErrorMessages.plainMessage(error), true)));
    }

    /** Tests the open form's source if a form is open, else the selected source. */
    public void testConnection() {
        SourceFormViewModel editing = form.get();
        DataSource chosen = selected.get();
        if (editing == null && chosen == null) {
            return;
        }
        busy.set(true);
        say("Connecting\u2026", false);
        runner.submit(BackgroundTask.of("Test connection", context -> {
                    DataSource source = editing != null ? editing.build(quality.cipher()) : chosen;
                    return quality.profiler().testConnection(source);
                })
                .onSucceeded(answer -> say("Connected: " + answer + ".", false))
                .onFailed(error -> say(ErrorMessages.plainMessage(error), true))
                .onCancelled(() -> say("Test cancelled.", false))
                .onDone(() -> busy.set(false)));
    }

    /** Reads the first bytes of the form's CSV file and shows the delimiter and encoding found. */
    public void detectCsv() {
        SourceFormViewModel editing = form.get();
        if (editing == null) {
            return;
        }
        runner.submit(BackgroundTask.of("Detect CSV options", context ->
                        SourceConnector.detectCsv(editing.fileSource("")))
                .onSucceeded(options -> editing.setDetected(CsvChoices.describeDetected(options)))
                .onFailed(error -> editing.setDetected(ErrorMessages.plainMessage(error))));
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }
}
