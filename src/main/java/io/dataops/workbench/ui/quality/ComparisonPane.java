package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.store.StoredProfile;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Two stored profiles side by side: row count, schema, null-rate and distribution changes, flagged ones highlighted. */
final class ComparisonPane extends VBox {

    ComparisonPane(ComparisonViewModel comparison) {
        setSpacing(8);
        setId("profile-comparison");
        ComboBox<StoredProfile> before = picker("compare-before", comparison, comparison.beforeProperty());
        ComboBox<StoredProfile> after = picker("compare-after", comparison, comparison.afterProperty());
        Button run = new Button("Run comparison");
        run.setId("compare-run");
        run.setOnAction(event -> comparison.compare());
        run.disableProperty().bind(before.valueProperty().isNull().or(after.valueProperty().isNull()));
        FlowPane pickers = new FlowPane(8, 6, new Label("Before"), before, new Label("After"), after, run);
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(comparison.summaryProperty());
        TableView<ChangeRow> changes = changeTable(comparison);
        VBox.setVgrow(changes, Priority.ALWAYS);
        getChildren().addAll(pickers, summary, changes);
    }

    private static TableView<ChangeRow> changeTable(ComparisonViewModel comparison) {
        TableView<ChangeRow> table = new TableView<>(comparison.rows());
        table.setId("compare-changes");
        table.setPlaceholder(new Label("No comparison yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Column", 160, ChangeRow::subject));
        table.getColumns().add(column("What", 130, ChangeRow::aspect));
        table.getColumns().add(column("Before", 160, ChangeRow::before));
        table.getColumns().add(column("After", 200, ChangeRow::after));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ChangeRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("changed"),
                        !empty && item != null && item.changed());
            }
        });
        return table;
    }

    private static TableColumn<ChangeRow, String> column(String title, double width, Function<ChangeRow, String> value) {
        TableColumn<ChangeRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /**
     * Not bound both ways: a combo box (its skin) clears its value when its items are replaced, just after
     * the view model picked the newest pair; the view model's choice is shown again once that has settled.
     */
    private static ComboBox<StoredProfile> picker(String id, ComparisonViewModel comparison,
                                                  javafx.beans.property.ObjectProperty<StoredProfile> chosen) {
        ComboBox<StoredProfile> box = new ComboBox<>(comparison.stored());
        box.setId(id);
        box.setValue(chosen.get());
        chosen.addListener((obs, old, now) -> box.setValue(now));
        comparison.stored().addListener((javafx.collections.ListChangeListener<StoredProfile>) change ->
                javafx.application.Platform.runLater(() -> box.setValue(chosen.get())));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosen.set(now);
            }
        });
        box.setPrefWidth(300);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoredProfile p) {
                return p == null ? "" : ProfileFormat.time(p.profiledAt()) + " \u00b7 " + p.asset() + " \u00b7 "
                        + ProfileFormat.count(p.rowCount()) + " rows";
            }

            @Override
            public StoredProfile fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
