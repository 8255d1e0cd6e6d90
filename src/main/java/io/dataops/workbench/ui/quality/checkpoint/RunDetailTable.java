package io.dataops.workbench.ui.quality.checkpoint;

import io.dataops.workbench.quality.history.ExpectationOutcome;
import io.dataops.workbench.quality.history.RunDetail;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** One run's expectations: failing ones first-class (highlighted) with their unexpected values. */
final class RunDetailTable {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private RunDetailTable() {
    }

    static TableView<ExpectationOutcome> create(ObservableValue<RunDetail> detail) {
        TableView<ExpectationOutcome> table = new TableView<>();
        table.setId("run-detail");
        table.setPlaceholder(new Label("Run a checkpoint, then pick a run to see each expectation's outcome."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("", 72, o -> o.failed() ? (o.error().isPresent() ? "error" : "failed") : "passed"));
        table.getColumns().add(column("Expectation", 300, o -> o.config().type()));
        table.getColumns().add(column("Column", 120, o -> o.column().orElse("")));
        table.getColumns().add(column("Unexpected", 90, o -> o.unexpectedCount().isPresent()
                ? String.valueOf(o.unexpectedCount().getAsLong()) : o.observedValue().map(v -> "observed " + v).orElse("")));
        table.getColumns().add(column("Unexpected values", 260, o -> o.error().orElseGet(() -> o.unexpectedValues()
                .stream().limit(10).map(String::valueOf).collect(Collectors.joining(", ")))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ExpectationOutcome item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(FAILED, !empty && item != null && item.failed());
            }
        });
        detail.addListener((obs, old, now) -> table.getItems().setAll(now == null ? java.util.List.of() : now.outcomes()));
        return table;
    }

    private static TableColumn<ExpectationOutcome, String> column(String title, double width,
                                                                  Function<ExpectationOutcome, String> value) {
        TableColumn<ExpectationOutcome, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
