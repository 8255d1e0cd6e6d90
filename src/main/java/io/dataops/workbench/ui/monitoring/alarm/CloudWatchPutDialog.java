package io.dataops.workbench.ui.monitoring.alarm;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks before PutMetricAlarm: says that it creates or overwrites the alarm, where (region, profile), and
 * shows the exact PutMetricAlarm JSON that will be sent.
 */
final class CloudWatchPutDialog {

    static final ButtonType PUT = new ButtonType("Put to CloudWatch", ButtonBar.ButtonData.OK_DONE);

    private CloudWatchPutDialog() {
    }

    static boolean confirm(Window owner, CloudWatchAlarmsViewModel.PutPlan plan) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, ButtonType.CANCEL, PUT);
        alert.initOwner(owner);
        alert.setTitle("Put alarm to CloudWatch");
        alert.setHeaderText(plan.question());
        TextArea json = new TextArea(plan.json());
        json.setId("cw-put-json");
        json.setEditable(false);
        json.setPrefRowCount(16);
        json.setPrefColumnCount(60);
        json.setStyle("-fx-font-family: monospace;");
        Label note = new Label("PutMetricAlarm replaces the whole definition of an existing alarm of this name.");
        note.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, note, json));
        alert.getDialogPane().setId("cw-put-dialog");
        // The safe answer is the default: Enter does not overwrite an alarm.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(PUT)).setDefaultButton(false);
        return alert.showAndWait().filter(PUT::equals).isPresent();
    }
}
