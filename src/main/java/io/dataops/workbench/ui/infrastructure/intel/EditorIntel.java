package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.terraform.intel.Completer;
import io.dataops.workbench.terraform.intel.Hovers;
import io.dataops.workbench.terraform.intel.IntelSnapshot;
import io.dataops.workbench.terraform.intel.Location;
import io.dataops.workbench.terraform.intel.Navigation;
import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The language services in one editor: F12 or Ctrl+click go to the definition, Shift+F12 lists the
 * references, Ctrl+Space (and typing a dot) completes, F2 renames, hovering a name shows what it resolves to.
 * Positions are only trusted while the editor's text is the one last analysed.
 */
public final class EditorIntel {

    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFERENCES = new KeyCodeCombination(KeyCode.F12, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination DEFINITION = new KeyCodeCombination(KeyCode.F12);
    private static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);

    private final CodeEditor editor;
    private final Supplier<Path> file;
    private final IntelViewModel intel;
    private final Consumer<Location> navigate;
    private final CompletionPopup completion;
    private final Popup hover = new Popup();
    private Consumer<EditorIntel> onRename = e -> { };

    public EditorIntel(CodeEditor editor, Supplier<Path> file, IntelViewModel intel, Consumer<Location> navigate) {
        this.editor = editor;
        this.file = file;
        this.intel = intel;
        this.navigate = navigate;
        CodeArea area = editor.area();
        area.getProperties().put(EditorIntel.class, this);
        this.completion = new CompletionPopup(area, editor.node(), () -> Completer.at(intel.snapshot(), intel.schema(),
                file.get(), area.getText(), area.getCaretPosition()));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.isShortcutDown() && event.getClickCount() == 1) {
                goToDefinition(area.hit(event.getX(), event.getY()).getInsertionIndex());
                event.consume();
            }
        });
        area.plainTextChanges().subscribe(change -> {
            if (change.getInserted().equals(".") && area.isFocused()) {
                javafx.application.Platform.runLater(completion::show);
            }
        });
        editor.checksProperty().addListener((obs, old, count) -> intel.refresh());
        installHover(area);
    }

    public void setOnRename(Consumer<EditorIntel> action) {
        this.onRename = action;
    }

    public CodeEditor editor() {
        return editor;
    }

    public Path file() {
        return file.get();
    }

    /** The analysis, if it was made from the text now in the editor. */
    public Optional<IntelSnapshot> current() {
        return intel.snapshot().filter(s -> s.lines(file.get()).map(l -> l.text().equals(editor.text())).orElse(false));
    }

    public void showCompletion() {
        completion.show();
    }

    CompletionPopup completion() {
        return completion;
    }

    public boolean goToDefinition(int offset) {
        Optional<Location> target = current().flatMap(s -> Navigation.definitionAt(s, file.get(), offset))
                .map(symbol -> symbol.name());
        target.ifPresent(navigate);
        return target.isPresent();
    }

    public boolean findReferences(int offset) {
        Optional<IntelSnapshot> snapshot = current();
        return snapshot.flatMap(s -> Navigation.declarationAt(s, file.get(), offset)).map(d -> {
            intel.showUsages(Navigation.usages(snapshot.get(), d));
            return true;
        }).orElse(false);
    }

    public Optional<String> hoverAt(int offset) {
        return current().flatMap(s -> Hovers.at(s, file.get(), offset));
    }

    private void key(KeyEvent event) {
        int caret = editor.area().getCaretPosition();
        if (COMPLETE.match(event)) {
            completion.show();
        } else if (REFERENCES.match(event)) {
            findReferences(caret);
        } else if (DEFINITION.match(event)) {
            goToDefinition(caret);
        } else if (RENAME.match(event)) {
            onRename.accept(this);
        } else {
            return;
        }
        event.consume();
    }

    private void installHover(CodeArea area) {
        Label message = new Label();
        message.setId("intel-hover");
        message.setStyle("-fx-background-color: #f4f7fc; -fx-text-fill: #1d2633; -fx-border-color: #5a7bb5; "
                + "-fx-padding: 6 8 6 8; -fx-font-size: 12px;");
        message.setWrapText(true);
        message.setMaxWidth(560);
        hover.getContent().add(message);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            int index = event.getCharacterIndex();
            if (editor.diagnosticAt(index).isEmpty()) {
                hoverAt(index).ifPresent(text -> {
                    message.setText(text);
                    hover.show(area, event.getScreenPosition().getX(), event.getScreenPosition().getY() + 12);
                });
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hover.hide());
    }
}
