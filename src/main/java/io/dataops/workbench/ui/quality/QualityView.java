package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.TablePreview;
import io.dataops.workbench.ui.common.AreaHeader;
import io.dataops.workbench.ui.common.Notice;
import io.dataops.workbench.ui.common.ProjectListView;
import io.dataops.workbench.workspace.Project;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Data Quality area: the data assets on the left, the first rows of the selected one on the right. */
public final class QualityView extends VBox {

    public QualityView(QualityViewModel viewModel) {
        getStyleClass().add("area");
        SplitPane split = new SplitPane(assetList(viewModel), details(viewModel));
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(
                new AreaHeader("Data Quality", "Data assets in this workspace and a preview of their rows."),
                new Notice("The profiler and expectations are not built yet. "
                        + "For now this area previews the first rows of each data asset."),
                split);
    }

    private static ListView<Project> assetList(QualityViewModel viewModel) {
        return ProjectListView.create("quality-assets", "No data assets", viewModel.assets(), viewModel.selectedAssetProperty(), viewModel::open);
    }

    private static VBox details(QualityViewModel viewModel) {
        Label name = new Label();
        name.getStyleClass().add("section-title");
        Label location = new Label();
        location.getStyleClass().add("muted");
        viewModel.selectedAssetProperty().addListener((obs, old, asset) -> {
            name.setText(asset == null ? "" : asset.name());
            location.setText(asset == null ? "" : "Table " + asset.location());
        });
        Button refresh = new Button("Preview first rows");
        refresh.setId("quality-preview");
        refresh.setOnAction(event -> viewModel.refreshPreview());
        refresh.disableProperty().bind(viewModel.selectedAssetProperty().isNull());
        Button cancel = new Button("Cancel");
        cancel.setId("quality-cancel");
        cancel.setOnAction(event -> viewModel.cancelPreview());
        cancel.disableProperty().bind(viewModel.previewRunningProperty().not());
        Label status = new Label();
        status.setId("quality-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, refresh, cancel, spacer, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TableView<List<String>> table = previewTable(viewModel);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox details = new VBox(name, location, actions, table);
        details.getStyleClass().add("detail-pane");
        return details;
    }

    private static TableView<List<String>> previewTable(QualityViewModel viewModel) {
        TableView<List<String>> table = new TableView<>();
        table.setId("quality-preview-table");
        table.setPlaceholder(new Label("No rows to show"));
        viewModel.previewProperty().addListener((obs, old, rows) -> show(table, rows));
        return table;
    }

    private static void show(TableView<List<String>> table, TablePreview.Rows rows) {
        table.getColumns().clear();
        for (int i = 0; i < rows.columns().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(rows.columns().get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
            column.setPrefWidth(130);
            table.getColumns().add(column);
        }
        table.getItems().setAll(rows.rows());
    }
}
