package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.project.Draft;
import io.dataops.workbench.terraform.project.OpenedFile;
import io.dataops.workbench.terraform.project.ProjectTree;
import io.dataops.workbench.terraform.project.ProjectTreeNode;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.infrastructure.editor.DocumentBuffer;
import io.dataops.workbench.ui.infrastructure.editor.EditorDocument;
import io.dataops.workbench.ui.infrastructure.editor.EditorServices;
import io.dataops.workbench.ui.infrastructure.editor.StringBuffer;
import io.dataops.workbench.ui.infrastructure.history.HistoryViewModel;
import io.dataops.workbench.ui.infrastructure.editor.TextFormatter;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.ProjectStore;
import io.dataops.workbench.workspace.RecentItems;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Infrastructure area: Terraform projects (workspace samples and folders the user opened), the file
 * tree of the selected one, its open documents, and the drafts an earlier session left behind.
 * File operations, project search and disk checks are in {@link ProjectActions}.
 */
public final class InfrastructureViewModel {

    private final ProjectStore projectStore;
    private final RecentItems recentItems;
    private final EditorServices services;
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    // One read-only view each, kept: a view made per call listens weakly and may be collected with its listeners.
    private final ObservableList<Project> projectsView = FXCollections.unmodifiableObservableList(projects);
    private final ObservableList<EditorDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<EditorDocument> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<Draft> recoverable = FXCollections.observableArrayList();
    private final ObservableList<Draft> recoverableView = FXCollections.unmodifiableObservableList(recoverable);
    private final ReadOnlyObjectWrapper<Project> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProjectTreeNode> tree = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<EditorDocument> selectedDocument = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading projects\u2026");
    private final ProjectActions actions;
    private Function<EditorDocument, DocumentBuffer> buffers = InfrastructureViewModel::stringBuffer;
    private TextFormatter formatter = TextFormatter.NONE;
    private final javafx.beans.property.BooleanProperty formatOnSave = new javafx.beans.property.SimpleBooleanProperty();
    private Runnable onOpened = () -> { };
    private String pendingLocation;

    public InfrastructureViewModel(ProjectStore projectStore, RecentItems recentItems, EditorServices services) {
        this.projectStore = projectStore;
        this.recentItems = recentItems;
        this.services = services;
        this.actions = new ProjectActions(this, services);
        formatOnSave.addListener((obs, old, on) -> documents.forEach(d -> d.setFormatter(formatter, on)));
    }

    /** The view makes the code area of each document it is about to show. */
    public void setBufferFactory(Function<EditorDocument, DocumentBuffer> factory) {
        this.buffers = Objects.requireNonNull(factory);
    }

    public void setFormatter(TextFormatter formatter, boolean onSave) {
        this.formatter = formatter;
        formatOnSave.set(onSave);
        documents.forEach(document -> document.setFormatter(formatter, onSave));
    }

    /** Whether saving formats first; changing it applies to the open documents too. */
    public javafx.beans.property.BooleanProperty formatOnSaveProperty() {
        return formatOnSave;
    }

    public void setOnOpened(Runnable action) {
        this.onOpened = Objects.requireNonNull(action);
    }

    public void load() {
        services.runner().submit(BackgroundTask.<List<Project>>of("Load Terraform projects",
                        context -> projectStore.list(Area.INFRASTRUCTURE))
                .onSucceeded(this::projectsLoaded));
    }

    /** The user chose a project: show its files, offer its drafts back, and remember it. */
    public void open(Project project) {
        if (project == null || project.equals(selected.get())) {
            return;
        }
        selected.set(project);
        refreshTree();
        findDrafts(project);
        services.runner().submit(BackgroundTask.of("Remember " + project.name(), context -> {
            recentItems.touch(Area.INFRASTRUCTURE, project.name(), project.location());
            return project;
        }).onSucceeded(p -> onOpened.run()));
    }

    public void openLocation(String location) {
        Optional<Project> match = projects.stream().filter(p -> p.location().equals(location)).findFirst();
        if (match.isPresent()) {
            open(match.get());
        } else {
            pendingLocation = location;
        }
    }

    /** Opens a folder from disk as a project, registering it in the workspace the first time. */
    public void openFolder(Path folder) {
        String location = folder.toAbsolutePath().normalize().toString();
        services.runner().submit(BackgroundTask.of("Open " + folder.getFileName(), context -> {
            ProjectTree.read(folder, context); // refuses a missing folder before it is registered
            return projectStore.list(Area.INFRASTRUCTURE).stream().filter(p -> p.location().equals(location))
                    .findFirst().orElseGet(() -> projectStore.add(String.valueOf(folder.getFileName()),
                            Area.INFRASTRUCTURE, location, "A Terraform folder on disk"));
        }).onSucceeded(project -> {
            if (!projects.contains(project)) {
                projects.add(project);
            }
            open(project);
        }));
    }

    public void refreshTree() {
        Project project = selected.get();
        if (project == null) {
            return;
        }
        status.set("Reading files\u2026");
        services.runner().submit(BackgroundTask.of("List files of " + project.name(),
                        context -> ProjectTree.read(Path.of(project.location()), context))
                .onSucceeded(root -> {
                    if (project.equals(selected.get())) {
                        tree.set(root);
                        int count = root.files().size();
                        status.set(count == 0 ? "No Terraform files in this folder yet." : count + " files");
                    }
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    /** Opens a file in a tab, or selects its tab; {@code recoverDraft} puts a left-over draft in the buffer. */
    public void openFile(Path file, boolean recoverDraft) {
        openFile(file, recoverDraft, document -> { });
    }

    /** Like {@link #openFile(Path, boolean)}, then runs {@code andThen} with the document (go to a search hit). */
    public void openFile(Path file, boolean recoverDraft, Consumer<EditorDocument> andThen) {
        Optional<EditorDocument> open = find(file);
        if (open.isPresent()) {
            selectedDocument.set(open.get());
            andThen.accept(open.get());
            return;
        }
        services.runner().submit(BackgroundTask.<OpenedFile>of("Open " + file.getFileName(),
                context -> services.files().open(file)).onSucceeded(opened -> {
                    if (find(file).isEmpty()) {
                        EditorDocument document = new EditorDocument(file, services);
                        document.setFormatter(formatter, formatOnSave.get());
                        document.attach(buffers.apply(document), opened, recoverDraft);
                        documents.add(document);
                    }
                    recoverable.removeIf(draft -> draft.file().equals(file));
                    selectedDocument.set(find(file).orElseThrow());
                    andThen.accept(find(file).orElseThrow());
                }));
    }

    public void openFile(Path file) {
        openFile(file, true);
    }

    public void recoverDrafts() {
        List.copyOf(recoverable).forEach(draft -> openFile(draft.file(), true));
    }

    public void discardDrafts() {
        List<Draft> drafts = List.copyOf(recoverable);
        recoverable.clear();
        services.runner().submit(BackgroundTask.of("Discard unsaved changes", context -> {
            drafts.forEach(draft -> services.files().discardDraft(draft.file()));
            return drafts.size();
        }));
    }

    /** Closes a tab; the view asked first when it had unsaved changes the user does not want. */
    public void close(EditorDocument document) {
        documents.remove(document);
        document.discard();
    }

    /** Closes a tab whose save is under way: the draft stays until the save has written the file. */
    public void closeAfterSave(EditorDocument document) {
        document.save();
        documents.remove(document);
    }

    public HistoryViewModel history(EditorDocument document) {
        return new HistoryViewModel(document, services.files().revisions(), services.runner());
    }

    /** The documents with unsaved changes, for the question on closing the window. */
    public List<EditorDocument> unsavedDocuments() {
        return documents.stream().filter(EditorDocument::isDirty).toList();
    }

    public Optional<EditorDocument> find(Path file) {
        return documents.stream().filter(d -> d.file().equals(file)).findFirst();
    }

    private void findDrafts(Project project) {
        Path root = Path.of(project.location()).toAbsolutePath().normalize();
        services.runner().submit(BackgroundTask.<List<Draft>>of("Look for unsaved changes",
                context -> services.files().drafts().under(root)).onSucceeded(drafts -> {
                    if (project.equals(selected.get())) {
                        recoverable.setAll(drafts.stream().filter(d -> find(d.file()).isEmpty()).toList());
                    }
                }));
    }

    private void projectsLoaded(List<Project> loaded) {
        projects.setAll(loaded);
        status.set(loaded.isEmpty() ? "No Terraform projects in this workspace yet." : "");
        String wanted = pendingLocation;
        pendingLocation = null;
        if (wanted != null) {
            openLocation(wanted);
        } else if (!loaded.isEmpty() && selected.get() == null) {
            open(loaded.get(0));
        }
    }

    private static DocumentBuffer stringBuffer(EditorDocument document) {
        StringBuffer buffer = new StringBuffer();
        buffer.attach(document);
        return buffer;
    }

    void setStatus(String text) {
        status.set(text);
    }

    public ProjectActions actions() {
        return actions;
    }

    public ObservableList<Project> projects() {
        return projectsView;
    }

    public ObservableList<EditorDocument> documents() {
        return documentsView;
    }

    public ObservableList<Draft> recoverableDrafts() {
        return recoverableView;
    }

    public ReadOnlyObjectProperty<Project> selectedProjectProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProjectTreeNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ObjectProperty<EditorDocument> selectedDocumentProperty() {
        return selectedDocument;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
