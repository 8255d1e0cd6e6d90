package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchDashboards;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardImport;
import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The dashboards toolbar's "CloudWatch" menu: open a CloudWatch dashboard, save the open one to CloudWatch
 * (after showing the body and what it overwrites), and read or write CloudWatch body files.
 */
final class CloudWatchMenu extends MenuButton {

    private final MonitoringViewModel model;
    private final CloudWatchDashboardsViewModel cloudWatch;

    CloudWatchMenu(MonitoringViewModel model, CloudWatchDashboardsViewModel cloudWatch) {
        super("CloudWatch");
        this.model = model;
        this.cloudWatch = cloudWatch;
        setId("dashboard-cloudwatch");
        // A crowded toolbar shrinks the source label, not the menu's name down to "...".
        setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        MenuItem open = item("Open from CloudWatch…", "cw-open", this::openFromCloudWatch);
        MenuItem save = item("Save to CloudWatch…", "cw-save", this::saveToCloudWatch);
        MenuItem importBody = item("Import CloudWatch body…", "cw-import-body", this::importBody);
        MenuItem exportBody = item("Export CloudWatch body…", "cw-export-body", this::exportBody);
        save.disableProperty().bind(model.dashboardProperty().isNull());
        exportBody.disableProperty().bind(model.dashboardProperty().isNull());
        getItems().addAll(open, save, new SeparatorMenuItem(), importBody, exportBody);
    }

    private void openFromCloudWatch() {
        cloudWatch.startFrom(model.dashboardProperty().get());
        CloudWatchOpenDialog dialog = new CloudWatchOpenDialog(cloudWatch);
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(this::adopt);
    }

    private void saveToCloudWatch() {
        Dashboard current = model.dashboardProperty().get();
        if (current == null) {
            return;
        }
        cloudWatch.startFrom(current);
        CloudWatchSaveDialog dialog = new CloudWatchSaveDialog(cloudWatch, current);
        dialog.initOwner(window());
        dialog.showAndWait().ifPresent(this::showSaved);
    }

    private void importBody() {
        cloudWatch.startFrom(model.dashboardProperty().get());
        File file = chooser("Import a CloudWatch dashboard body").showOpenDialog(window());
        if (file != null) {
            cloudWatch.importBody(file.toPath(), this::adopt);
        }
    }

    private void exportBody() {
        Dashboard current = model.dashboardProperty().get();
        if (current == null) {
            return;
        }
        FileChooser chooser = chooser("Export the CloudWatch dashboard body");
        chooser.setInitialFileName(CloudWatchDashboards.suggestedName(current.name()) + ".json");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            cloudWatch.exportBody(current, file.toPath());
        }
    }

    /** Keeps the import in the workspace and opens it; what was left out is said once, here. */
    private void adopt(DashboardImport imported) {
        model.adopt(imported.dashboard());
        if (!imported.notes().isEmpty()) {
            show(Alert.AlertType.INFORMATION, "cw-import-notes", "Opened " + imported.dashboard().name()
                    + " with " + imported.dashboard().widgets().size() + " widgets; not carried over:",
                    String.join("\n", imported.notes()));
        }
    }

    private void showSaved(CloudWatchDashboards.PutResult result) {
        String header = "Saved " + result.name() + " to CloudWatch in " + result.region();
        if (result.warnings().isEmpty()) {
            show(Alert.AlertType.INFORMATION, "cw-saved", header, "CloudWatch accepted the dashboard.");
        } else {
            show(Alert.AlertType.WARNING, "cw-saved", header + ", with warnings:", String.join("\n", result.warnings()));
        }
    }

    private void show(Alert.AlertType type, String id, String header, String text) {
        Alert alert = new Alert(type, "", ButtonType.OK);
        alert.setTitle("CloudWatch");
        alert.setHeaderText(header);
        TextArea lines = new TextArea(text);
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefColumnCount(70);
        lines.setPrefRowCount(Math.min(14, 2 * text.split("\n").length));
        alert.getDialogPane().setContent(lines);
        alert.getDialogPane().setId(id);
        alert.initOwner(window());
        alert.show();
    }

    private MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CloudWatch dashboard body (*.json)",
                "*.json"));
        return chooser;
    }
}
