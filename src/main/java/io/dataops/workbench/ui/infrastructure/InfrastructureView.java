package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.ProjectFiles.ProjectFile;
import io.dataops.workbench.ui.common.AreaHeader;
import io.dataops.workbench.ui.common.Notice;
import io.dataops.workbench.ui.common.ProjectListView;
import io.dataops.workbench.workspace.Project;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Infrastructure area: the Terraform projects on the left, the selected project's files on the right. */
public final class InfrastructureView extends VBox {

    public InfrastructureView(InfrastructureViewModel viewModel) {
        getStyleClass().add("area");
        SplitPane split = new SplitPane(projectList(viewModel), details(viewModel));
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(
                new AreaHeader("Infrastructure", "Terraform projects in this workspace and their files."),
                new Notice("The HCL editor and the plan view come in a later version. "
                        + "For now this area lists the projects and the files they are made of."),
                split);
    }

    private static ListView<Project> projectList(InfrastructureViewModel viewModel) {
        return ProjectListView.create("infra-projects", "No projects", viewModel.projects(), viewModel.selectedProjectProperty(), viewModel::open);
    }

    private static VBox details(InfrastructureViewModel viewModel) {
        Label name = new Label();
        name.setId("infra-project-name");
        name.getStyleClass().add("section-title");
        Label description = new Label();
        description.setWrapText(true);
        Label location = new Label();
        location.getStyleClass().add("muted");
        viewModel.selectedProjectProperty().addListener((obs, old, project) -> {
            name.setText(project == null ? "" : project.name());
            description.setText(project == null ? "" : project.description());
            location.setText(project == null ? "" : project.location());
        });
        Label status = new Label();
        status.setId("infra-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(viewModel.statusProperty());
        TableView<ProjectFile> files = fileTable(viewModel);
        VBox.setVgrow(files, Priority.ALWAYS);
        VBox details = new VBox(name, description, location, files, status);
        details.getStyleClass().add("detail-pane");
        return details;
    }

    private static TableView<ProjectFile> fileTable(InfrastructureViewModel viewModel) {
        TableView<ProjectFile> table = new TableView<>(viewModel.files());
        table.setId("infra-files");
        table.setPlaceholder(new Label("No files to show"));
        TableColumn<ProjectFile, String> path = new TableColumn<>("File");
        path.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().path()));
        TableColumn<ProjectFile, Long> size = new TableColumn<>("Size (bytes)");
        size.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().sizeBytes()));
        size.setStyle("-fx-alignment: center-right;");
        table.getColumns().add(path);
        table.getColumns().add(size);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        path.setPrefWidth(420);
        return table;
    }
}
