package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.suite.ExpectationChange;
import io.dataops.workbench.quality.suite.SuiteDiff;
import io.dataops.workbench.quality.suite.SuiteFiles;
import io.dataops.workbench.quality.suite.SuiteVersion;
import io.dataops.workbench.quality.suite.SuiteVersions;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The built suite over time: save makes a new version in the workspace (an unchanged suite makes none), the
 * versions are listed newest first, any two are diffed (changes by expectation, the JSON side by side and as a
 * unified diff), an old one is rolled back to as a new version; suite files are imported and exported.
 */
public final class SuiteVersionsViewModel {

    private final SuiteVersions versions;
    private final SuiteBuilderViewModel builder;
    private final TaskRunner runner;
    private final ObservableList<SuiteVersion> list = FXCollections.observableArrayList();
    private final ObjectProperty<SuiteVersion> from = new SimpleObjectProperty<>();
    private final ObjectProperty<SuiteVersion> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unified = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fromJson = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper toJson = new ReadOnlyStringWrapper("");

    public SuiteVersionsViewModel(SuiteVersions versions, SuiteBuilderViewModel builder, TaskRunner runner) {
        this.versions = versions;
        this.builder = builder;
        this.runner = runner;
    }

    public void save(String note) {
        var suite = builder.suite();
        runner.submit(BackgroundTask.of("Save suite " + suite.name(), context -> versions.save(suite, note))
                .onSucceeded(saved -> {
                    status.set(saved.created() ? "Saved " + suite.name() + " as version " + saved.version().version() + "."
                            : "No change since version " + saved.version().version() + "; nothing saved.");
                    refresh();
                })
                .onFailed(this::failed));
    }

    public void refresh() {
        String name = builder.suiteNameProperty().get();
        runner.submit(BackgroundTask.of("List versions of " + name, context -> versions.list(name))
                .onSucceeded(found -> {
                    list.setAll(found);
                    if (found.size() >= 2) {
                        to.set(found.get(0));
                        from.set(found.get(1));
                    }
                })
                .onFailed(this::failed));
    }

    /** Compares the two chosen versions (older on the left). */
    public void diff() {
        SuiteVersion left = from.get();
        SuiteVersion right = to.get();
        if (left == null || right == null) {
            status.set("Choose two versions to compare.");
            return;
        }
        runner.submit(BackgroundTask.of("Diff versions", context ->
                        versions.diff(left.suiteName(), left.version(), right.version()))
                .onSucceeded(diff -> show(diff, left, right))
                .onFailed(this::failed));
    }

    private void show(SuiteDiff diff, SuiteVersion left, SuiteVersion right) {
        fromJson.set(left.json());
        toJson.set(right.json());
        unified.set(diff.unifiedDiff().isEmpty() ? "The versions are equal." : diff.unifiedDiff());
        changes.set(diff.changes().isEmpty() ? "No expectation changed."
                : diff.changes().stream().map(SuiteVersionsViewModel::describe).collect(Collectors.joining("\n")));
        status.set("Version " + left.version() + " \u2192 " + right.version() + ": " + diff.changes().size() + " changes.");
    }

    static String describe(ExpectationChange change) {
        String what = change.type() + change.column().map(c -> " on " + c).orElse("");
        return switch (change.kind()) {
            case ADDED -> "+ " + what;
            case REMOVED -> "\u2212 " + what;
            case CHANGED -> "~ " + what + ": " + change.kwargChanges().stream()
                    .map(k -> k.key() + " " + k.before().map(KwargText::show).orElse("(none)") + " \u2192 "
                            + k.after().map(KwargText::show).orElse("(none)"))
                    .collect(Collectors.joining(", "));
        };
    }

    /** Makes an old version the current one, as a new version; the builder shows it. */
    public void rollback(SuiteVersion version) {
        runner.submit(BackgroundTask.of("Roll back to version " + version.version(), context ->
                        versions.rollback(version.suiteName(), version.version(), ""))
                .onSucceeded(saved -> {
                    builder.load(saved.version().suite());
                    status.set("Rolled back to version " + version.version() + " (now version "
                            + saved.version().version() + ").");
                    refresh();
                })
                .onFailed(this::failed));
    }

    public void importFile(Path file) {
        runner.submit(BackgroundTask.of("Import " + file.getFileName(), context -> SuiteFiles.importFile(file))
                .onSucceeded(suite -> {
                    builder.load(suite);
                    status.set("Imported " + suite.name() + " (" + suite.expectations().size()
                            + " expectations) from " + file.getFileName() + "; save to make it a version.");
                    refresh();
                })
                .onFailed(this::failed));
    }

    public void exportFile(Path file, SuiteJson.Version version) {
        var suite = builder.suite();
        runner.submit(BackgroundTask.of("Export " + suite.name(), context -> {
                    SuiteFiles.export(suite, file, version);
                    return file;
                })
                .onSucceeded(done -> status.set("Exported " + suite.name() + " to " + done + " (GX "
                        + (version == SuiteJson.Version.V1 ? "1.x" : "0.x") + " JSON)."))
                .onFailed(this::failed));
    }

    private void failed(Throwable error) {
        status.set(ErrorMessages.plainMessage(error));
    }

    public ObservableList<SuiteVersion> versions() {
        return list;
    }

    public List<SuiteVersion> snapshot() {
        return List.copyOf(list);
    }

    public ObjectProperty<SuiteVersion> fromProperty() {
        return from;
    }

    public ObjectProperty<SuiteVersion> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unifiedProperty() {
        return unified.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fromJsonProperty() {
        return fromJson.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toJsonProperty() {
        return toJson.getReadOnlyProperty();
    }
}
