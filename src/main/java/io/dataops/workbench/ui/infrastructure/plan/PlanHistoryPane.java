package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.history.PlanRecord;
import io.dataops.workbench.terraform.plan.PlanComparison.AttributeDifference;
import io.dataops.workbench.terraform.plan.PlanComparison.ResourceDifference;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The stored plans of the project (newest first) and the comparison of two of them. */
final class PlanHistoryPane extends SplitPane {

    PlanHistoryPane(PlanHistoryViewModel viewModel) {
        ListView<PlanRecord> list = new ListView<>(viewModel.records());
        list.setId("plan-history");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("No stored plans for this project"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PlanRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null ? null : record.label() + "  [" + record.inputs() + "]");
            }
        });
        Button open = new Button("Open");
        open.setId("plan-history-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(list.getSelectionModel().getSelectedItem()));
        Button compare = new Button("Compare two");
        compare.setId("plan-history-compare");
        compare.setOnAction(e -> {
            List<PlanRecord> chosen = List.copyOf(list.getSelectionModel().getSelectedItems());
            if (chosen.size() == 2) {
                viewModel.compare(chosen.get(0), chosen.get(1));
            }
        });
        VBox left = new VBox(6, new HBox(6, open, compare), list);
        left.setPadding(new Insets(4));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label result = new Label();
        result.setId("plan-compare-result");
        result.textProperty().bind(viewModel.comparisonProperty());
        TableView<ResourceDifference> table = new TableView<>(viewModel.differences());
        table.setId("plan-compare");
        table.setPlaceholder(new Label("No differences to show"));
        table.getColumns().add(column("Resource", 240, ResourceDifference::address));
        table.getColumns().add(column("", 80, d -> d.kind().name().toLowerCase()));
        table.getColumns().add(column("Older plan", 140, ResourceDifference::firstAction));
        table.getColumns().add(column("Newer plan", 140, ResourceDifference::secondAction));
        table.getColumns().add(column("Attributes", 320, PlanHistoryPane::attributes));
        VBox right = new VBox(6, result, table);
        right.setPadding(new Insets(4));
        VBox.setVgrow(table, Priority.ALWAYS);
        getItems().addAll(left, right);
        setDividerPositions(0.4);
    }

    private static String attributes(ResourceDifference difference) {
        return difference.attributes().stream().map(PlanHistoryPane::attribute).collect(Collectors.joining("; "));
    }

    private static String attribute(AttributeDifference a) {
        return switch (a.kind()) {
            case NEW -> a.path() + " new: " + a.second();
            case GONE -> a.path() + " gone (was " + a.first() + ")";
            case DIFFERENT -> a.path() + ": " + a.first() + " \u2192 " + a.second();
        };
    }

    private static TableColumn<ResourceDifference, String> column(String title, double width,
                                                                 java.util.function.Function<ResourceDifference, String> text) {
        TableColumn<ResourceDifference, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
