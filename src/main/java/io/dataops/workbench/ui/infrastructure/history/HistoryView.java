package io.dataops.workbench.ui.infrastructure.history;

import io.dataops.workbench.terraform.project.DiffRow;
import io.dataops.workbench.terraform.project.Revision;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Revisions on the left; the selected one and the current text side by side on the right; Restore. */
public final class HistoryView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public HistoryView(HistoryViewModel viewModel) {
        setId("history-view");
        getStyleClass().add("history-view");
        ListView<Revision> list = new ListView<>(viewModel.revisions());
        list.setId("history-revisions");
        list.setPlaceholder(new Label("No revisions yet"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Revision item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : TIME.format(item.createdAt()) + "  " + item.reason().label() + "  (" + item.lengthChars() + " chars)");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));

        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        Button restore = new Button("Restore this revision");
        restore.setId("history-restore");
        restore.disableProperty().bind(viewModel.selectedProperty().isNull());
        restore.setOnAction(event -> viewModel.restoreSelected());
        HBox actions = new HBox(10, restore, summary);
        actions.setPadding(new Insets(6, 0, 0, 0));
        TableView<DiffRow> diff = diffTable(viewModel);
        VBox.setVgrow(diff, Priority.ALWAYS);
        VBox right = new VBox(6, diff, actions);

        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.3);
        setCenter(split);
        setPadding(new Insets(10));
    }

    private static TableView<DiffRow> diffTable(HistoryViewModel viewModel) {
        TableView<DiffRow> table = new TableView<>(viewModel.diff());
        table.setId("history-diff");
        table.getStyleClass().add("diff-table");
        table.setPlaceholder(new Label("Choose a revision"));
        table.getColumns().add(column("#", 44, row -> number(row.oldLine())));
        table.getColumns().add(column("Revision", 380, DiffRow::oldText));
        table.getColumns().add(column("#", 44, row -> number(row.newLine())));
        table.getColumns().add(column("Now", 380, DiffRow::newText));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DiffRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("diff-same", "diff-changed", "diff-removed", "diff-added");
                if (!empty && item != null) {
                    getStyleClass().add("diff-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        return table;
    }

    private static TableColumn<DiffRow, String> column(String title, double width, Function<DiffRow, String> value) {
        TableColumn<DiffRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static String number(OptionalInt line) {
        return line.isPresent() ? String.valueOf(line.getAsInt()) : "";
    }
}
