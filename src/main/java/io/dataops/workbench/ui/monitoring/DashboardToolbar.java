package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchCost;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.TimeRange;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The dashboard toolbar: pick, create, delete, import and export dashboards, and choose their source; add
 * widgets; time range and refresh, with what refreshing a CloudWatch dashboard costs.
 */
final class DashboardToolbar extends VBox {

    DashboardToolbar(MonitoringViewModel model, Runnable addWidget, Runnable deleteDashboard) {
        ComboBox<String> dashboards = new ComboBox<>(model.dashboardNames());
        dashboards.setId("dashboard-selector");
        dashboards.setOnAction(event -> model.open(dashboards.getValue()));
        model.dashboardProperty().addListener((obs, old, d) -> dashboards.setValue(d == null ? null : d.name()));
        Button create = button("New…", "dashboard-new", () -> owned(new DashboardSourceDialog(model, null))
                .showAndWait().ifPresent(choice -> model.newDashboard(choice.name(), choice.source())));
        Label sourceLabel = new Label();
        sourceLabel.setId("dashboard-source");
        sourceLabel.setStyle("-fx-opacity: 0.8;");
        sourceLabel.setMinWidth(60);
        sourceLabel.setMaxWidth(240);
        Tooltip sourceTip = new Tooltip();
        sourceLabel.setTooltip(sourceTip);
        model.dashboardProperty().addListener((obs, old, d) -> {
            sourceLabel.setText(d == null ? "" : d.source().label());
            sourceTip.setText(sourceLabel.getText());
        });
        Button editSource = button("Source…", "dashboard-source-edit", () -> owned(new DashboardSourceDialog(model,
                model.dashboardProperty().get().source())).showAndWait()
                .ifPresent(choice -> model.changeSource(choice.source())));
        editSource.disableProperty().bind(model.dashboardProperty().isNull());
        Button delete = button("Delete", "dashboard-delete", deleteDashboard);
        Button importFile = button("Open file…", "dashboard-import", () -> {
            File file = chooser("Open a dashboard").showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.importFrom(file.toPath());
            }
        });
        Button exportFile = button("Save as file…", "dashboard-export", () -> {
            FileChooser chooser = chooser("Save the dashboard");
            Dashboard current = model.dashboardProperty().get();
            chooser.setInitialFileName((current == null ? "dashboard" : current.name()) + ".dashboard.json");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.exportTo(file.toPath());
            }
        });
        Button terraform = button("Export as Terraform", "dashboard-terraform", model::exportTerraform);
        terraform.setVisible(model.canExportTerraform());
        terraform.setManaged(model.canExportTerraform());
        Button add = button("Add widget", "monitoring-add-widget", addWidget);
        add.disableProperty().bind(model.dashboardProperty().isNull());
        dashboards.setMinWidth(Region.USE_PREF_SIZE);
        Label dashboardLabel = new Label("Dashboard");
        dashboardLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox first = row(dashboardLabel, dashboards, sourceLabel, editSource, create, delete, importFile,
                exportFile, terraform, new Separator(javafx.geometry.Orientation.VERTICAL), add);

        ToggleGroup ranges = new ToggleGroup();
        FlowPane second = new FlowPane(6, 6);
        second.setAlignment(Pos.CENTER_LEFT);
        for (TimeRangeChoice choice : TimeRangeChoice.values()) {
            ToggleButton toggle = new ToggleButton(choice.toString());
            toggle.setId("monitoring-range-" + choice);
            toggle.setToggleGroup(ranges);
            toggle.setSelected(choice.range().equals(model.timeRangeProperty().get()));
            toggle.setOnAction(event -> {
                toggle.setSelected(true);
                model.timeRangeProperty().set(choice.range());
            });
            second.getChildren().add(toggle);
        }
        Button custom = button("Custom…", "monitoring-range-custom", () ->
                new CustomRangeDialog(model.timeRangeProperty().get(), model.zone()).showAndWait().ifPresent(range -> {
                    ranges.selectToggle(null);
                    model.timeRangeProperty().set(range);
                }));
        Label rangeLabel = new Label();
        rangeLabel.setId("monitoring-range-label");
        Runnable describe = () -> rangeLabel.setText(TimeRangeChoice.describe(model.timeRangeProperty().get(),
                model.zone(), model.utcProperty().get()));
        model.timeRangeProperty().addListener((obs, old, range) -> describe.run());
        model.utcProperty().addListener((obs, old, utc) -> describe.run());
        describe.run();
        CheckBox utc = new CheckBox("UTC");
        utc.setId("monitoring-utc");
        utc.selectedProperty().bindBidirectional(model.utcProperty());
        ComboBox<AutoRefresh> refreshEvery = new ComboBox<>();
        refreshEvery.setId("monitoring-auto-refresh");
        refreshEvery.getItems().setAll(AutoRefresh.values());
        refreshEvery.valueProperty().bindBidirectional(model.autoRefreshProperty());
        // The list shows each rate's cost for a CloudWatch dashboard, so the price is known before choosing.
        javafx.util.Callback<javafx.scene.control.ListView<AutoRefresh>, ListCell<AutoRefresh>> costCells =
                list -> new ListCell<>() {
                    @Override
                    protected void updateItem(AutoRefresh item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : item + (item == AutoRefresh.OFF ? "" : model.costMeter().costAt(item)
                                .map(c -> "  (≈ " + CloudWatchCost.dollars(c.dollarsPerHour()) + "/hour)").orElse("")));
                    }
                };
        refreshEvery.setCellFactory(costCells);
        // A new factory makes new cells: the prices follow the dashboard's widgets.
        model.dashboardProperty().addListener((obs, old, d) -> {
            refreshEvery.setCellFactory(null);
            refreshEvery.setCellFactory(costCells);
        });
        Label costMeter = new Label();
        costMeter.setId("cost-meter");
        costMeter.textProperty().bind(model.costMeter().textProperty());
        costMeter.visibleProperty().bind(model.costMeter().costProperty().isNotNull());
        costMeter.managedProperty().bind(costMeter.visibleProperty());
        costMeter.setTooltip(new Tooltip("GetMetricData is billed per metric requested (US$0.01 per 1,000);"
                + " every refresh asks for every series on the dashboard."));
        Button refresh = button("Refresh", "monitoring-refresh", model::refresh);
        ProgressBar progress = new ProgressBar();
        progress.setId("monitoring-progress");
        progress.setPrefWidth(90);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        Button cancel = button("Cancel", "monitoring-cancel", model::cancel);
        cancel.visibleProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("monitoring-status");
        status.textProperty().bind(model.statusProperty());
        status.setStyle("-fx-opacity: 0.75;");
        second.getChildren().addAll(custom, rangeLabel, new Separator(javafx.geometry.Orientation.VERTICAL), utc,
                new Label("Auto-refresh"), refreshEvery, refresh, costMeter, progress, cancel, status);
        setSpacing(6);
        setPadding(new Insets(8, 8, 0, 8));
        getChildren().addAll(first, second);
    }

    private <T extends javafx.scene.control.Dialog<?>> T owned(T dialog) {
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        // Buttons keep their words; the source label gives way first when the window is narrow.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dashboards (*.json)", "*.json"));
        return chooser;
    }

}
