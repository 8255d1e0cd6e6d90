package io.dataops.workbench.ui.infrastructure.graph;

import io.dataops.workbench.terraform.graph.GraphNode;
import io.dataops.workbench.terraform.plan.ResourceChange;
import io.dataops.workbench.ui.infrastructure.plan.AttributeDiffPane;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected node: its address and kind, its instances (a counted resource has several), the plan details'
 * attribute diff of the chosen instance, and the actions on it (blast radius, open in editor).
 */
final class GraphDetails extends VBox {

    private final Label title = new Label("Select a node.");
    private final ComboBox<ResourceChange> instances = new ComboBox<>();
    private final AttributeDiffPane diff = new AttributeDiffPane();

    GraphDetails(GraphViewModel viewModel) {
        setId("graph-details");
        setSpacing(6);
        setMinWidth(280);
        title.setId("graph-selected");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        instances.setId("graph-instances");
        instances.setMaxWidth(Double.MAX_VALUE);
        instances.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ResourceChange change) {
                return change == null ? "" : change.address();
            }

            @Override
            public ResourceChange fromString(String text) {
                return null;
            }
        });
        instances.setVisible(false);
        instances.setManaged(false);
        instances.valueProperty().addListener((obs, old, now) -> diff.show(now));
        Button blast = new Button("What depends on this");
        blast.setId("graph-blast");
        blast.setOnAction(e -> viewModel.showBlastRadius());
        Button clear = new Button("Clear");
        clear.setId("graph-blast-clear");
        clear.setOnAction(e -> viewModel.clearBlastRadius());
        Button open = new Button("Open in editor");
        open.setId("graph-open-editor");
        open.setOnAction(e -> viewModel.openInEditor());
        blast.disableProperty().bind(viewModel.selectedProperty().isNull());
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        VBox.setVgrow(diff, Priority.ALWAYS);
        getChildren().addAll(title, new HBox(6, blast, clear, open), instances, diff);
        viewModel.selectedProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(GraphNode node) {
        if (node == null) {
            title.setText("Select a node.");
            instances.getItems().clear();
            diff.show(null);
            return;
        }
        title.setText(node.address() + " (" + node.kind().word() + ")");
        instances.getItems().setAll(node.changes());
        instances.setVisible(node.changes().size() > 1);
        instances.setManaged(node.changes().size() > 1);
        if (node.changes().isEmpty()) {
            diff.show(null);
        } else {
            instances.setValue(node.changes().stream().filter(c -> c.action() == node.action()).findFirst()
                    .orElse(node.changes().get(0)));
        }
    }
}
