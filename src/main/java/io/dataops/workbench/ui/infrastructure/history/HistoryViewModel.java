package io.dataops.workbench.ui.infrastructure.history;

import io.dataops.workbench.terraform.project.DiffRow;
import io.dataops.workbench.terraform.project.Revision;
import io.dataops.workbench.terraform.project.RevisionStore;
import io.dataops.workbench.terraform.project.SideBySideDiff;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.infrastructure.editor.EditorDocument;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History of one open file: its revisions, newest first; the selected one side by side with the
 * editor's current text; and restoring it (which saves, so the restore is a revision as well).
 */
public final class HistoryViewModel {

    private final EditorDocument document;
    private final RevisionStore revisions;
    private final TaskRunner runner;
    private final ObservableList<Revision> list = FXCollections.observableArrayList();
    private final ObservableList<Revision> listView = FXCollections.unmodifiableObservableList(list);
    private final ObservableList<DiffRow> diff = FXCollections.observableArrayList();
    private final ObservableList<DiffRow> diffView = FXCollections.unmodifiableObservableList(diff);
    private final ObjectProperty<Revision> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private String selectedContent;

    public HistoryViewModel(EditorDocument document, RevisionStore revisions, TaskRunner runner) {
        this.document = document;
        this.revisions = revisions;
        this.runner = runner;
        selected.addListener((obs, old, revision) -> compare(revision));
    }

    public void load() {
        var file = document.file();
        runner.submit(BackgroundTask.<List<Revision>>of("Read the history of " + file.getFileName(),
                context -> revisions.list(file)).onSucceeded(found -> {
                    list.setAll(found);
                    if (!found.isEmpty() && selected.get() == null) {
                        selected.set(found.get(0));
                    }
                }));
    }

    /** Puts the selected revision into the editor and saves it. */
    public void restoreSelected() {
        if (selected.get() != null && selectedContent != null) {
            document.restore(selectedContent);
        }
    }

    private void compare(Revision revision) {
        diff.clear();
        selectedContent = null;
        if (revision == null) {
            summary.set("");
            return;
        }
        String current = document.text();
        runner.submit(BackgroundTask.of("Compare with revision " + revision.id(), context -> {
            String content = revisions.content(revision.id());
            return new Comparison(content, SideBySideDiff.of(content, current));
        }).onSucceeded(comparison -> {
            if (revision.equals(selected.get())) {
                selectedContent = comparison.content();
                diff.setAll(comparison.rows());
                summary.set(SideBySideDiff.differs(comparison.rows())
                        ? "Left: the revision. Right: the editor now."
                        : "The revision is the same as the editor now.");
            }
        }));
    }

    private record Comparison(String content, List<DiffRow> rows) {
    }

    public ObservableList<Revision> revisions() {
        return listView;
    }

    public ObservableList<DiffRow> diff() {
        return diffView;
    }

    public ObjectProperty<Revision> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String fileName() {
        return String.valueOf(document.file().getFileName());
    }
}
