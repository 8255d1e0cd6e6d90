package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.terraform.intel.Hovers;
import io.dataops.workbench.terraform.intel.IntelSnapshot;
import io.dataops.workbench.terraform.intel.Location;
import io.dataops.workbench.terraform.intel.Symbol;
import io.dataops.workbench.terraform.intel.Symbols;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The declarations of the file being edited, in file order, each with its known value where there is one
 * (the inlay hints, shown here rather than inside the text); a click goes to the declaration.
 */
public final class OutlinePane extends VBox {

    private final ListView<Symbol> list = new ListView<>();
    private final IntelViewModel viewModel;
    private final ObservableValue<Path> file;

    public OutlinePane(IntelViewModel viewModel, ObservableValue<Path> file, Consumer<Location> open) {
        this.viewModel = viewModel;
        this.file = file;
        getStyleClass().add("intel-outline");
        list.setId("intel-outline");
        list.setPlaceholder(new Label("No declarations"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Symbol symbol, boolean empty) {
                super.updateItem(symbol, empty);
                setText(empty || symbol == null ? null : text(symbol));
            }
        });
        list.setOnMouseClicked(event -> {
            Symbol symbol = list.getSelectionModel().getSelectedItem();
            if (symbol != null) {
                open.accept(symbol.name());
            }
        });
        Label title = new Label("Outline");
        title.getStyleClass().add("section-title");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        setSpacing(4);
        viewModel.snapshotProperty().addListener((obs, old, snapshot) -> update());
        file.addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        Path path = file.getValue();
        IntelSnapshot snapshot = viewModel.snapshot().orElse(null);
        list.getItems().setAll(path == null || snapshot == null ? List.of() : Symbols.outline(snapshot, path));
    }

    private String text(Symbol symbol) {
        String value = viewModel.snapshot().flatMap(s -> Hovers.value(s, symbol.declaration())).map(v -> "  = " + v)
                .orElse("");
        return symbol.label() + value;
    }

    public ListView<Symbol> list() {
        return list;
    }
}
