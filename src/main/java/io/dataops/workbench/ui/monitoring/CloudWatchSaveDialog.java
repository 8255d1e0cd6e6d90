package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchDashboards;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * "Save to CloudWatch…": the target name and connection, the exact body PutDashboard will get, and what it
 * overwrites, before anything is sent. Stays open until CloudWatch answers, so a rejection is shown here.
 */
final class CloudWatchSaveDialog extends Dialog<CloudWatchDashboards.PutResult> {

    static final ButtonType PUT = new ButtonType("Overwrite and save", ButtonBar.ButtonData.OK_DONE);

    CloudWatchSaveDialog(CloudWatchDashboardsViewModel model, Dashboard dashboard) {
        setTitle("Save to CloudWatch");
        setHeaderText("Save \"" + dashboard.name() + "\" as a CloudWatch dashboard");
        setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        TextField name = new TextField();
        name.setId("cw-save-name");
        name.textProperty().bindBidirectional(model.targetNameProperty());
        grid.addRow(0, new Label("Name"), name);
        int row = CloudWatchConnectionFields.addTo(grid, 1, model);
        Button prepare = new Button("Prepare body");
        prepare.setId("cw-prepare");
        prepare.setOnAction(event -> model.prepareSave(dashboard));
        prepare.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        grid.add(new HBox(8, prepare, progress), 1, row++);
        Label confirm = new Label();
        confirm.setId("cw-confirm");
        confirm.setWrapText(true);
        confirm.setMaxWidth(560);
        confirm.setStyle("-fx-font-weight: bold;");
        confirm.textProperty().bind(Bindings.createStringBinding(model::confirmation, model.targetNameProperty(),
                model.regionProperty()));
        grid.add(confirm, 0, row++, 2, 1);
        TextArea body = new TextArea();
        body.setId("cw-body");
        body.setEditable(false);
        body.setPrefSize(560, 300);
        body.setStyle("-fx-font-family: monospace;");
        body.textProperty().bind(model.preparedBodyProperty());
        grid.add(body, 0, row++, 2, 1);
        GridPane.setVgrow(body, Priority.ALWAYS);
        GridPane.setHgrow(body, Priority.ALWAYS);
        Label status = new Label();
        status.setId("cw-status");
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.textProperty().bind(model.statusProperty());
        grid.add(status, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(PUT, ButtonType.CANCEL);
        Node put = getDialogPane().lookupButton(PUT);
        put.disableProperty().bind(model.preparedProperty().not().or(model.busyProperty())
                .or(Bindings.createBooleanBinding(() -> !CloudWatchDashboards.NAME.matcher(
                        model.targetNameProperty().get().trim()).matches(), model.targetNameProperty())));
        put.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(result -> {
                setResult(result);
                close();
            });
        });
        setResultConverter(button -> null);
        setOnShown(event -> model.prepareSave(dashboard));
        setOnHidden(event -> model.cancel());
    }
}
