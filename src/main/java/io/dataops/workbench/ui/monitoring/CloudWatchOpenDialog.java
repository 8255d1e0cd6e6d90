package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchDashboards;
import io.dataops.workbench.monitor.dashboard.DashboardImport;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * "Open from CloudWatch…": choose profile, region and endpoint, list the dashboards there, open one. The
 * dialog stays open until the dashboard is read, so a failure is shown where the user can fix it.
 */
final class CloudWatchOpenDialog extends Dialog<DashboardImport> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    CloudWatchOpenDialog(CloudWatchDashboardsViewModel model) {
        setTitle("Open from CloudWatch");
        setHeaderText("Open a CloudWatch dashboard as a workbench dashboard (a copy kept in this workspace)");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        int row = CloudWatchConnectionFields.addTo(grid, 0, model);
        Button list = new Button("List dashboards");
        list.setId("cw-list");
        list.setOnAction(event -> model.listDashboards());
        list.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        grid.add(new HBox(8, list, progress), 1, row++);
        ListView<CloudWatchDashboards.Entry> dashboards = new ListView<>(model.dashboards());
        dashboards.setId("cw-dashboard-list");
        dashboards.setPrefSize(460, 240);
        dashboards.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CloudWatchDashboards.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.name() + (entry.lastModified() == null ? ""
                        : "   (changed " + WHEN.format(entry.lastModified()) + ")"));
            }
        });
        grid.add(dashboards, 0, row++, 2, 1);
        GridPane.setHgrow(dashboards, Priority.ALWAYS);
        Label status = new Label();
        status.setId("cw-status");
        status.setWrapText(true);
        status.setMaxWidth(480);
        status.textProperty().bind(model.statusProperty());
        grid.add(status, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        Node open = getDialogPane().lookupButton(OPEN);
        open.disableProperty().bind(dashboards.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        open.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.open(dashboards.getSelectionModel().getSelectedItem().name(), imported -> {
                setResult(imported);
                close();
            });
        });
        setResultConverter(button -> null);
        setOnShown(event -> {
            if (!model.regionProperty().get().isBlank()) {
                model.listDashboards();
            }
        });
        setOnHidden(event -> model.cancel());
    }
}
