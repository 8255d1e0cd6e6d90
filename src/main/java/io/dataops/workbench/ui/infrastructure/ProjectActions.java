package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.editing.SearchQuery;
import io.dataops.workbench.terraform.project.DiskChange;
import io.dataops.workbench.terraform.project.ProjectFileOperations;
import io.dataops.workbench.terraform.project.ProjectSearch;
import io.dataops.workbench.terraform.project.ProjectTreeNode;
import io.dataops.workbench.terraform.project.RevisionReason;
import io.dataops.workbench.terraform.project.SearchHit;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.infrastructure.editor.EditorServices;
import io.dataops.workbench.ui.infrastructure.editor.LateTasks;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the user does to a project as a whole: create, rename, delete files; search; notice disk changes. */
public final class ProjectActions {

    private final InfrastructureViewModel area;
    private final EditorServices services;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper("");
    private boolean checking;

    ProjectActions(InfrastructureViewModel area, EditorServices services) {
        this.area = area;
        this.services = services;
    }

    public void createFile(Path folder, String name) {
        operations().ifPresent(ops -> services.runner().submit(BackgroundTask.of("Create " + name,
                context -> ops.create(folder, name)).onSucceeded(file -> {
                    area.refreshTree();
                    area.openFile(file, false);
                })));
    }

    public void renameFile(Path file, String newName) {
        operations().ifPresent(ops -> services.runner().submit(BackgroundTask.of("Rename " + file.getFileName(),
                context -> ops.rename(file, newName)).onSucceeded(renamed -> {
                    area.find(file).ifPresent(document -> document.moved(renamed));
                    area.refreshTree();
                })));
    }

    /** Deletes the file (its content stays in the History) and closes its tab. */
    public void deleteFile(Path file) {
        operations().ifPresent(ops -> services.runner().submit(BackgroundTask.of("Delete " + file.getFileName(),
                context -> {
                    ops.delete(file);
                    return file;
                }).onSucceeded(deleted -> {
                    area.find(deleted).ifPresent(area::close);
                    area.refreshTree();
                })));
    }

    /** Searches every file of the project, open buffers as they are now. */
    public void search(SearchQuery query) {
        ProjectTreeNode root = area.treeProperty().get();
        if (root == null || query.isEmpty()) {
            hits.clear();
            return;
        }
        Map<Path, String> buffers = new HashMap<>();
        area.documents().forEach(document -> buffers.put(document.file(), document.text()));
        searchStatus.set("Searching\u2026");
        services.runner().submit(BackgroundTask.<List<SearchHit>>of("Search " + query.text(),
                        context -> ProjectSearch.search(root, query, buffers, context))
                .onSucceeded(found -> {
                    hits.setAll(found);
                    searchStatus.set(found.isEmpty() ? "No matches" : found.size() == ProjectSearch.MAX_HITS
                            ? "The first " + found.size() + " matches" : found.size() + " matches");
                })
                .onFailed(error -> {
                    hits.clear();
                    searchStatus.set(ErrorMessages.plainMessage(error));
                }));
    }

    /**
     * Looks for open files changed on disk by another program; the content found is recorded as a revision
     * before the document decides (reload a clean buffer, ask about a dirty one). Called every couple of
     * seconds and when the window gets the focus.
     */
    public void checkDisk() {
        if (checking || area.documents().isEmpty()) {
            return;
        }
        checking = true;
        LateTasks.submit(services.runner(), BackgroundTask.<List<DiskChange>>of("Check files on disk", context -> {
            List<DiskChange> changes = services.watch().check();
            for (DiskChange change : changes) {
                change.now().content().ifPresent(content -> services.files().revisions()
                        .record(change.now().file(), content, RevisionReason.CHANGED_ON_DISK));
            }
            return changes;
        }).onSucceeded(changes -> changes.forEach(change -> area.find(change.now().file())
                .ifPresent(document -> document.diskChanged(change))))
                .onDone(() -> checking = false));
    }

    public ObservableList<SearchHit> searchHits() {
        return hitsView;
    }

    public ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }

    private java.util.Optional<ProjectFileOperations> operations() {
        return java.util.Optional.ofNullable(area.selectedProjectProperty().get())
                .map(project -> new ProjectFileOperations(Path.of(project.location()), services.files().revisions()));
    }
}
