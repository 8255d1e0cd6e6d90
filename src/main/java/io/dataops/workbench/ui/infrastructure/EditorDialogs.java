package io.dataops.workbench.ui.infrastructure;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The small questions of the editor: a name, a line number, a yes/no, save before closing. */
final class EditorDialogs {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    private EditorDialogs() {
    }

    static Optional<String> askName(Window owner, String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        return dialog.showAndWait().map(String::trim).filter(name -> !name.isEmpty());
    }

    static Optional<Integer> askLine(Window owner, int lines) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("Go to line");
        dialog.setHeaderText("Line number (1\u2013" + lines + ")");
        return dialog.showAndWait().flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    static boolean confirm(Window owner, String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Save, Don't save, or Cancel (empty) for files with unsaved changes. */
    static Optional<ButtonType> askSave(Window owner, List<String> fileNames) {
        Alert alert = new Alert(Alert.AlertType.WARNING,
                "Your changes are kept as drafts until you decide, but they are not in the files on disk.",
                SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Save changes to " + String.join(", ", fileNames) + "?");
        return alert.showAndWait().filter(choice -> choice != ButtonType.CANCEL);
    }
}
