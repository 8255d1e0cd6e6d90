package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.ui.common.AreaHeader;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Monitoring area: dashboards of metrics in one tab, alarms in the other. Thin: the toolbar and the grid
 * bind to a {@link MonitoringViewModel}.
 */
public final class MonitoringView extends VBox {

    private final MonitoringViewModel model;
    private final DashboardGrid grid;

    /** @param alarmsPane the alarm feature's pane for the "Alarms" tab */
    public MonitoringView(MonitoringViewModel model, Node alarmsPane) {
        this.model = model;
        getStyleClass().add("area");
        grid = new DashboardGrid(new WidgetTile.Actions() {
            @Override
            public void edit(Widget widget) {
                editWidget(widget);
            }

            @Override
            public void move(Widget widget, int x, int y) {
                model.moveWidget(widget.id(), x, y);
            }

            @Override
            public void resize(Widget widget, int width, int height) {
                model.resizeWidget(widget.id(), width, height);
            }

            @Override
            public void remove(Widget widget) {
                model.removeWidget(widget.id());
            }
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("dashboard-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        DashboardToolbar toolbar = new DashboardToolbar(model, () -> editWidget(null), this::confirmDelete);
        VBox dashboards = new VBox(toolbar, staleBanner(), scroll);
        Tab dashboardsTab = new Tab("Dashboards", dashboards);
        dashboardsTab.setId("monitoring-tab-dashboards");
        Tab alarmsTab = new Tab("Alarms", alarmsPane);
        alarmsTab.setId("monitoring-tab-alarms");
        TabPane tabs = new TabPane(dashboardsTab, alarmsTab);
        tabs.setId("monitoring-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(new AreaHeader("Monitoring", "Dashboards of this machine's metrics, of"
                + " data-quality runs and of Amazon CloudWatch, refreshed live; the charts stay smooth with millions of"
                + " points."), tabs);

        model.dashboardProperty().addListener((obs, old, dashboard) -> {
            grid.show(dashboard);
            grid.showData(model.dataProperty().get(), model.zone());
            grid.showStale(model.staleProperty().get(), model.zone());
        });
        model.dataProperty().addListener((obs, old, data) -> grid.showData(data, model.zone()));
        model.staleProperty().addListener((obs, old, stale) -> grid.showStale(stale, model.zone()));
        model.utcProperty().addListener((obs, old, utc) -> {
            grid.showData(model.dataProperty().get(), model.zone());
            grid.showStale(model.staleProperty().get(), model.zone());
        });
    }

    /**
     * The failure behind stale charts, in full, once above the grid (not a dialog per refresh tick); it says
     * when auto-refresh waits for the user's Refresh.
     */
    private Label staleBanner() {
        Label banner = new Label();
        banner.setId("stale-banner");
        banner.setWrapText(true);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fdf1c7; -fx-text-fill: #3d2e00; -fx-padding: 6 10;"
                + " -fx-border-color: #f6c343; -fx-border-width: 0 0 1 0;");
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().bind(model.staleProperty().isNotNull());
        model.staleProperty().addListener((obs, old, stale) -> banner.setText(stale == null ? ""
                : stale.message() + (stale.autoRefreshPaused()
                        ? "  Auto-refresh is paused: press Refresh when this is fixed." : "")));
        return banner;
    }

    private void editWidget(Widget widget) {
        WidgetEditorViewModel editor = model.editor(widget);
        WidgetEditorDialog dialog = new WidgetEditorDialog(editor, widget == null);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(edited -> {
            if (widget == null) {
                model.addWidget(edited);
            } else {
                model.replaceWidget(edited);
            }
        });
    }

    private void confirmDelete() {
        if (model.dashboardProperty().get() == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete the dashboard \""
                + model.dashboardProperty().get().name() + "\" from this workspace? Export it first to keep a copy.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Delete dashboard");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.deleteDashboard());
    }

    /** The tile of a widget, for tests. */
    Node tile(String widgetId) {
        return grid.tile(widgetId);
    }
}
