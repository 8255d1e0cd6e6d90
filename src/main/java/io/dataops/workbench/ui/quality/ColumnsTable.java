package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.profile.ColumnProfile;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** One row per column of a profile: name, type, null %, distinct %, a small histogram and the range. */
final class ColumnsTable {

    private ColumnsTable() {
    }

    static TableView<ColumnProfile> create(ProfileViewModel profile) {
        TableView<ColumnProfile> table = new TableView<>();
        table.setId("profile-columns");
        table.setPlaceholder(new Label("Pick an asset and press Profile, or profile the payments sample."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Column", 150, ColumnProfile::name));
        table.getColumns().add(text("Type", 160, c -> c.declaredType() + " \u00b7 " + c.semanticType().jsonName()));
        table.getColumns().add(text("Null %", 70, c -> ProfileFormat.percent(c.nullRatio())));
        table.getColumns().add(text("Distinct %", 80, ProfileFormat::distinct));
        table.getColumns().add(histogram());
        table.getColumns().add(text("Range", 220, ProfileFormat::range));
        table.getColumns().get(2).getStyleClass().add("numeric-column");
        table.getColumns().get(3).getStyleClass().add("numeric-column");
        profile.profileProperty().addListener((obs, old, now) ->
                table.getItems().setAll(now == null ? java.util.List.of() : now.columns()));
        profile.selectedColumnProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                profile.selectedColumnProperty().set(now);
            }
        });
        return table;
    }

    private static TableColumn<ColumnProfile, String> text(String title, double width,
                                                           Function<ColumnProfile, String> value) {
        TableColumn<ColumnProfile, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<ColumnProfile, ColumnProfile> histogram() {
        TableColumn<ColumnProfile, ColumnProfile> column = new TableColumn<>("Histogram");
        column.setPrefWidth(HistogramSparkline.WIDTH + 16);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final HistogramSparkline sparkline = new HistogramSparkline();

            @Override
            protected void updateItem(ColumnProfile item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.histogram().isEmpty()) {
                    setGraphic(null);
                } else {
                    sparkline.draw(item.histogram());
                    setGraphic(sparkline);
                }
            }
        });
        return column;
    }
}
