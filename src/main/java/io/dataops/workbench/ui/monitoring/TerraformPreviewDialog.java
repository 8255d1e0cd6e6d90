package io.dataops.workbench.ui.monitoring;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Shows exported Terraform (an alarm or a dashboard as HCL) and saves it to a .tf file on request. */
public final class TerraformPreviewDialog {

    private TerraformPreviewDialog() {
    }

    public static void show(Window owner, String hcl) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Terraform export");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextArea text = new TextArea(hcl);
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefSize(720, 420);
        ButtonType save = new ButtonType("Save as .tf…", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CLOSE);
        dialog.getDialogPane().setContent(text);
        dialog.showAndWait().filter(save::equals).ifPresent(button -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("monitoring.tf");
            File file = chooser.showSaveDialog(owner);
            if (file != null) {
                try {
                    Files.writeString(file.toPath(), hcl);
                } catch (IOException e) {
                    new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + e.getMessage()).showAndWait();
                }
            }
        });
    }
}
