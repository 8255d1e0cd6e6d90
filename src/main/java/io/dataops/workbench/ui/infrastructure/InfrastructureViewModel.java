package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.ProjectFiles;
import io.dataops.workbench.terraform.ProjectFiles.ProjectFile;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.ProjectStore;
import io.dataops.workbench.workspace.RecentItems;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Terraform projects of the workspace and the files of the selected one, read in the background. */
public final class InfrastructureViewModel {

    private final ProjectStore projectStore;
    private final RecentItems recentItems;
    private final TaskRunner runner;
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObservableList<ProjectFile> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Project> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading projects\u2026");
    private Runnable onOpened = () -> { };
    private String pendingLocation;

    public InfrastructureViewModel(ProjectStore projectStore, RecentItems recentItems, TaskRunner runner) {
        this.projectStore = projectStore;
        this.recentItems = recentItems;
        this.runner = runner;
    }

    public ObservableList<Project> projects() {
        return FXCollections.unmodifiableObservableList(projects);
    }

    public ObservableList<ProjectFile> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public ReadOnlyObjectProperty<Project> selectedProjectProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Called after the user opened a project (the recent items changed). */
    public void setOnOpened(Runnable action) {
        this.onOpened = Objects.requireNonNull(action);
    }

    public void load() {
        runner.submit(BackgroundTask.<List<Project>>of("Load Terraform projects",
                        context -> projectStore.list(Area.INFRASTRUCTURE))
                .onSucceeded(this::projectsLoaded));
    }

    /** The user chose a project: show it and remember it among the recent items. */
    public void open(Project project) {
        if (project == null || project.equals(selected.get())) {
            return;
        }
        show(project);
        runner.submit(BackgroundTask.of("Remember " + project.name(), context -> {
            recentItems.touch(Area.INFRASTRUCTURE, project.name(), project.location());
            return project;
        }).onSucceeded(p -> onOpened.run()));
    }

    /** Opens the project at {@code location}, now or once the projects are loaded. */
    public void openLocation(String location) {
        Optional<Project> match = projects.stream().filter(p -> p.location().equals(location)).findFirst();
        if (match.isPresent()) {
            open(match.get());
        } else {
            pendingLocation = location;
        }
    }

    private void projectsLoaded(List<Project> loaded) {
        projects.setAll(loaded);
        status.set(loaded.isEmpty() ? "No Terraform projects in this workspace yet." : "");
        String wanted = pendingLocation;
        pendingLocation = null;
        if (wanted != null) {
            openLocation(wanted);
        } else if (!loaded.isEmpty() && selected.get() == null) {
            show(loaded.get(0));
        }
    }

    private void show(Project project) {
        selected.set(project);
        files.clear();
        status.set("Reading files\u2026");
        runner.submit(BackgroundTask.<List<ProjectFile>>of("List files of " + project.name(),
                        context -> ProjectFiles.list(Path.of(project.location()), context))
                .onSucceeded(list -> {
                    if (project.equals(selected.get())) {
                        files.setAll(list);
                        status.set(list.isEmpty() ? "The folder has no files." : list.size() + " files");
                    }
                })
                .onFailed(error -> {
                    if (project.equals(selected.get())) {
                        status.set(io.dataops.workbench.ui.common.ErrorMessages.plainMessage(error));
                    }
                }));
    }
}
