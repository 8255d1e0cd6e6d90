package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.project.ProjectTreeNode;
import io.dataops.workbench.ui.common.ProjectListView;
import io.dataops.workbench.workspace.Project;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Projects on top, "Open folder…", and the selected project's file tree with New, Rename and Delete. */
final class ProjectSidebar extends VBox {

    private final InfrastructureViewModel viewModel;
    private final TreeView<ProjectTreeNode> tree = new TreeView<>();

    ProjectSidebar(InfrastructureViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("project-sidebar");
        setSpacing(6);
        // The editor gets the room; the tree needs only the width of file names.
        setMinWidth(170);
        setPrefWidth(250);
        setMaxWidth(420);
        ListView<Project> projects = ProjectListView.create("infra-projects", "No projects", viewModel.projects(),
                viewModel.selectedProjectProperty(), viewModel::open);
        projects.setPrefHeight(120);
        Button openFolder = new Button("Open folder\u2026");
        openFolder.setId("open-folder");
        openFolder.setOnAction(event -> chooseFolder());
        Button newFile = new Button("New file\u2026");
        newFile.setId("new-file");
        newFile.setOnAction(event -> newFile(selectedFolder()));
        HBox buttons = new HBox(6, openFolder, newFile);

        tree.setId("infra-files");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new FileCell());
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        // One click opens a file, as in most code editors; a second click on its tab's file does nothing more.
        tree.setOnMouseClicked(event -> {
            if (event.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                openSelected();
            }
        });
        tree.setContextMenu(contextMenu());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label status = new Label();
        status.setId("infra-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.treeProperty().addListener((obs, old, root) -> tree.setRoot(root == null ? null : item(root)));
        getChildren().addAll(projects, buttons, tree, status);
    }

    TreeView<ProjectTreeNode> tree() {
        return tree;
    }

    private void openSelected() {
        TreeItem<ProjectTreeNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && !item.getValue().folder()) {
            viewModel.openFile(item.getValue().path());
        }
    }

    private Path selectedFolder() {
        TreeItem<ProjectTreeNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null) {
            return item.getValue().folder() ? item.getValue().path() : item.getValue().path().getParent();
        }
        var project = viewModel.selectedProjectProperty().get();
        return project == null ? null : Path.of(project.location());
    }

    private void newFile(Path folder) {
        if (folder != null) {
            EditorDialogs.askName(getScene().getWindow(), "New file", "Name of the new file in " + folder.getFileName(),
                    "new.tf").ifPresent(name -> viewModel.actions().createFile(folder, name));
        }
    }

    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem("Open");
        open.setOnAction(event -> openSelected());
        MenuItem create = new MenuItem("New file\u2026");
        create.setOnAction(event -> newFile(selectedFolder()));
        MenuItem rename = new MenuItem("Rename\u2026");
        rename.setOnAction(event -> selectedFile().ifPresent(file -> EditorDialogs.askName(getScene().getWindow(),
                "Rename", "New name for " + file.getFileName(), file.getFileName().toString())
                .ifPresent(name -> viewModel.actions().renameFile(file, name))));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(event -> selectedFile().ifPresent(file -> {
            if (EditorDialogs.confirm(getScene().getWindow(), "Delete " + file.getFileName() + "?",
                    "The file is removed from disk; its content stays in the workspace History.")) {
                viewModel.actions().deleteFile(file);
            }
        }));
        return new ContextMenu(open, create, rename, delete);
    }

    private java.util.Optional<Path> selectedFile() {
        TreeItem<ProjectTreeNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().folder() ? java.util.Optional.empty()
                : java.util.Optional.of(item.getValue().path());
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Terraform folder");
        var folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            viewModel.openFolder(folder.toPath());
        }
    }

    private static TreeItem<ProjectTreeNode> item(ProjectTreeNode node) {
        TreeItem<ProjectTreeNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    private static final class FileCell extends TreeCell<ProjectTreeNode> {
        @Override
        protected void updateItem(ProjectTreeNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : node.folder() ? node.name() + "/" : node.name());
        }
    }
}
