package io.dataops.workbench.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The error dialog: the plain message, and the stack trace folded away under "Show Details". */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static Alert create(Window owner, String context, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        alert.setTitle("DataOps Workbench");
        alert.setHeaderText(context);
        Label message = new Label(ErrorMessages.plainMessage(error));
        message.setId("error-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        alert.getDialogPane().setContent(message);
        alert.getDialogPane().setExpandableContent(details(error));
        alert.getDialogPane().setId("error-dialog");
        alert.setResizable(true);
        return alert;
    }

    /** An {@link ErrorReporter} that shows this dialog over {@code owner} (which may be null). */
    public static ErrorReporter reporter(java.util.function.Supplier<Window> owner) {
        return (context, error) -> create(owner.get(), context, error).show();
    }

    private static VBox details(Throwable error) {
        TextArea trace = new TextArea(ErrorMessages.details(error));
        trace.setId("error-details");
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(14);
        trace.setPrefColumnCount(70);
        VBox.setVgrow(trace, Priority.ALWAYS);
        VBox box = new VBox(6, new Label("Details"), trace);
        return box;
    }
}
