package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.terraform.intel.CompletionItem;
import io.dataops.workbench.terraform.intel.Completions;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The completion list under the caret: Up/Down choose, Enter or Tab insert, Escape closes; typing goes on in
 * the editor and narrows the list. A snippet's {@code $0} is where the caret lands.
 */
final class CompletionPopup {

    private final CodeArea area;
    private final Supplier<Completions> compute;
    private final Popup popup = new Popup();
    private final ListView<CompletionItem> list = new ListView<>();
    private final Label documentation = new Label();
    private Completions current;

    /** @param keys a parent of the area: its filter sees Enter and Tab before the editor's own typing aids do */
    CompletionPopup(CodeArea area, javafx.scene.Node keys, Supplier<Completions> compute) {
        this.area = area;
        this.compute = compute;
        list.setId("completion-list");
        list.setPrefSize(460, 220);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CompletionItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.required() ? "\u2605 " : "   ") + item.label()
                        + "    " + item.detail());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                documentation.setText(item == null ? "" : item.documentation()));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                accept();
            }
        });
        documentation.setWrapText(true);
        documentation.setMaxWidth(460);
        documentation.setStyle("-fx-padding: 4 6 4 6; -fx-font-size: 11px; -fx-text-fill: #444;");
        VBox box = new VBox(list, documentation);
        box.setStyle("-fx-background-color: white; -fx-border-color: #8a8f98; -fx-font-family: monospace;");
        popup.getContent().add(box);
        // Where the platform gives the popup the focus, its keys arrive here instead of in the editor.
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        popup.setAutoHide(true);
        keys.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        area.caretPositionProperty().addListener((obs, old, caret) -> {
            if (popup.isShowing()) {
                update();
            }
        });
    }

    void show() {
        update();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    ListView<CompletionItem> list() {
        return list;
    }

    void hide() {
        popup.hide();
    }

    private void update() {
        current = compute.get();
        if (current.items().isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(current.items());
        list.getSelectionModel().selectFirst();
        if (!popup.isShowing()) {
            Bounds caret = area.getCaretBounds().orElse(null);
            if (caret == null) {
                return;
            }
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    /** Replaces the typed prefix with the chosen item; the caret goes to the item's {@code $0}, else its end. */
    void accept() {
        CompletionItem item = list.getSelectionModel().getSelectedItem();
        if (item == null || current == null) {
            return;
        }
        int caretAt = item.insert().indexOf("$0");
        String text = item.insert().replace("$0", "");
        int start = current.replaceStart();
        int end = Math.min(area.getLength(), start + current.prefix().length());
        popup.hide();
        area.replaceText(start, Math.max(start, end), text);
        area.moveTo(start + (caretAt >= 0 ? caretAt : text.length()));
    }

    private void key(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        if (event.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(index + 1, list.getItems().size() - 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        } else if (event.getCode() == KeyCode.UP) {
            list.getSelectionModel().select(Math.max(index - 1, 0));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.TAB) {
            accept();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            popup.hide();
        } else {
            return;
        }
        event.consume();
    }
}
