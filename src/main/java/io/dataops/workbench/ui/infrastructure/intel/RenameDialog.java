package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.intel.IntelSnapshot;
import io.dataops.workbench.terraform.intel.RenameEdit;
import io.dataops.workbench.terraform.intel.Renaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Rename (F2): the new name, the edits it makes in every file listed before anything changes, and for a
 * resource the offer of a {@code moved} block so Terraform moves the object instead of replacing it.
 */
final class RenameDialog {

    static final ButtonType RENAME = new ButtonType("Rename", ButtonBar.ButtonData.OK_DONE);

    private RenameDialog() {
    }

    /** Asks, previews and returns the edits to make; empty if cancelled. */
    static Optional<List<RenameEdit>> ask(Window owner, IntelSnapshot snapshot, Declaration target) {
        String oldName = target.address().substring(target.address().lastIndexOf('.') + 1);
        TextField name = new TextField(oldName);
        name.setId("rename-field");
        ListView<String> preview = new ListView<>();
        preview.setId("rename-preview");
        preview.setPrefSize(640, 240);
        Label error = new Label();
        error.setId("rename-error");
        error.setStyle("-fx-text-fill: #b3261e;");
        CheckBox moved = new CheckBox("Add a moved block (Terraform moves the object instead of destroying it)");
        moved.setId("rename-moved");
        moved.setSelected(true);
        boolean resource = Renaming.movedBlock(snapshot, target, oldName).isPresent();
        moved.setVisible(resource);
        moved.setManaged(resource);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Rename " + target.address());
        dialog.getDialogPane().setId("rename-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(RENAME, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(8, new Label("New name for " + target.address() + ":"), name,
                moved, new Label("Edits:"), preview, error));
        List<RenameEdit> edits = new ArrayList<>();
        Runnable update = () -> {
            edits.clear();
            preview.getItems().clear();
            error.setText("");
            boolean valid = false;
            if (!name.getText().equals(oldName)) {
                try {
                    edits.addAll(Renaming.edits(snapshot, target, name.getText()));
                    if (resource && moved.isSelected()) {
                        Renaming.movedBlock(snapshot, target, name.getText()).ifPresent(edits::add);
                    }
                    valid = true;
                } catch (UserFacingException e) {
                    error.setText(e.getMessage());
                }
            }
            edits.forEach(e -> preview.getItems().add(snapshot.root().relativize(e.file()) + ":" + e.line() + "   "
                    + (e.before().isEmpty() ? "+ moved block" : e.before())));
            dialog.getDialogPane().lookupButton(RENAME).setDisable(!valid);
        };
        name.textProperty().addListener((obs, old, now) -> update.run());
        moved.selectedProperty().addListener((obs, old, now) -> update.run());
        update.run();
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait().filter(RENAME::equals).map(b -> List.copyOf(edits));
    }
}
