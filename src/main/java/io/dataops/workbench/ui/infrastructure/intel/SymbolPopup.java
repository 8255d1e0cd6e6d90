package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.terraform.intel.Location;
import io.dataops.workbench.terraform.intel.Symbol;
import io.dataops.workbench.terraform.intel.Symbols;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/** Go to symbol (Ctrl+T): type part of an address, pick a declaration of any module, Enter opens it. */
public final class SymbolPopup {

    static final int LIMIT = 200;

    private final Popup popup = new Popup();
    private final TextField query = new TextField();
    private final ListView<Symbol> list = new ListView<>();

    public SymbolPopup(IntelViewModel viewModel, Consumer<Location> open) {
        query.setId("symbol-query");
        query.setPromptText("Go to symbol: a name or address");
        list.setId("symbol-list");
        list.setPrefSize(560, 300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Symbol symbol, boolean empty) {
                super.updateItem(symbol, empty);
                setText(empty || symbol == null ? null : symbol.label() + "    " + symbol.module() + " \u2014 "
                        + ProblemsPane.relative(viewModel, symbol.name().file()) + ":" + symbol.name().line());
            }
        });
        query.textProperty().addListener((obs, old, text) -> {
            list.getItems().setAll(viewModel.snapshot().map(s -> Symbols.search(s, text, LIMIT)).orElse(List.of()));
            list.getSelectionModel().selectFirst();
        });
        Runnable choose = () -> {
            Symbol symbol = list.getSelectionModel().getSelectedItem();
            popup.hide();
            if (symbol != null) {
                open.accept(symbol.name());
            }
        };
        query.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().select(index + 1);
            } else if (event.getCode() == KeyCode.UP) {
                list.getSelectionModel().select(Math.max(0, index - 1));
            } else if (event.getCode() == KeyCode.ENTER) {
                choose.run();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            } else {
                return;
            }
            event.consume();
        });
        list.setOnMouseClicked(event -> choose.run());
        VBox box = new VBox(4, query, list);
        box.setStyle("-fx-background-color: white; -fx-border-color: #8a8f98; -fx-padding: 6;");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    public void show(Window owner) {
        query.setText("");
        list.getItems().clear();
        popup.show(owner, owner.getX() + owner.getWidth() / 2 - 290, owner.getY() + 120);
        query.requestFocus();
    }

    public TextField query() {
        return query;
    }

    public ListView<Symbol> list() {
        return list;
    }
}
