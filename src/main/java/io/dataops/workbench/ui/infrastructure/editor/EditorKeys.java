package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.editing.EditActions;
import io.dataops.workbench.terraform.editing.TextEdit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * The editor's own keys: Enter indents, Tab inserts two spaces, brackets and quotes close themselves,
 * Ctrl+/ toggles comments, Ctrl+S saves, Ctrl+Shift+[ and ] fold and unfold. Find, replace, go to line and
 * format belong to the tab around the editor.
 */
final class EditorKeys {

    private static final KeyCombination TOGGLE_COMMENT = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FOLD = new KeyCodeCombination(KeyCode.OPEN_BRACKET,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination UNFOLD = new KeyCodeCombination(KeyCode.CLOSE_BRACKET,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final CodeEditor editor;

    EditorKeys(CodeEditor editor) {
        this.editor = editor;
    }

    void install(CodeArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> pressed(area, event));
        area.addEventFilter(KeyEvent.KEY_TYPED, event -> typed(area, event));
    }

    private void pressed(CodeArea area, KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()) {
            event.consume();
            replaceSelection(area);
            // Only the caret's line matters; reading it rather than the whole text keeps Enter instant.
            int lineStart = area.getAbsolutePosition(area.getCurrentParagraph(), 0);
            int lineEnd = lineStart + area.getParagraph(area.getCurrentParagraph()).length();
            String line = area.getText(lineStart, lineEnd);
            editor.apply(shifted(EditActions.newline(line, area.getCaretPosition() - lineStart), lineStart));
        } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown() && !event.isShiftDown()) {
            event.consume();
            area.replaceSelection(EditActions.INDENT);
        } else if (TOGGLE_COMMENT.match(event)) {
            event.consume();
            editor.apply(EditActions.toggleComment(area.getText(), area.getSelection().getStart(),
                    area.getSelection().getEnd()));
        } else if (SAVE.match(event)) {
            event.consume();
            editor.save();
        } else if (FOLD.match(event)) {
            event.consume();
            editor.foldAtCaret();
        } else if (UNFOLD.match(event)) {
            event.consume();
            editor.unfoldAtCaret();
        }
    }

    private void typed(CodeArea area, KeyEvent event) {
        String character = event.getCharacter();
        if (character.length() != 1 || event.isShortcutDown() || area.getSelection().getLength() > 0) {
            return;
        }
        int caret = area.getCaretPosition();
        int from = Math.max(0, caret - 1);
        String around = area.getText(from, Math.min(area.getLength(), caret + 1));
        EditActions.typed(around, caret - from, character.charAt(0)).ifPresent(edit -> {
            event.consume();
            editor.apply(shifted(edit, from));
        });
    }

    private static TextEdit shifted(TextEdit edit, int offset) {
        return new TextEdit(edit.start() + offset, edit.end() + offset, edit.text(), edit.caret() + offset);
    }

    private static void replaceSelection(CodeArea area) {
        if (area.getSelection().getLength() > 0) {
            area.replaceSelection("");
        }
    }
}
