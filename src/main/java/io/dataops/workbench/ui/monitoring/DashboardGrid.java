package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetData;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;

/**
 * The dashboard's widgets on a {@value Dashboard#COLUMNS}-column grid of fixed-height rows. A widget is
 * moved by dragging its title bar to another cell and resized by dragging its corner handle; both snap to
 * cells when the mouse is released. Tiles whose content did not change are kept, so a chart keeps its zoom.
 */
final class DashboardGrid extends GridPane {

    static final double ROW_HEIGHT = 64;
    private static final double GAP = 8;

    private final WidgetTile.Actions actions;
    private final Map<String, WidgetTile> tiles = new HashMap<>();
    private Point2D dragStart;

    DashboardGrid(WidgetTile.Actions actions) {
        this.actions = actions;
        setId("dashboard-grid");
        setHgap(GAP);
        setVgap(GAP);
        setPadding(new Insets(8));
        for (int i = 0; i < Dashboard.COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / Dashboard.COLUMNS);
            getColumnConstraints().add(column);
        }
    }

    void show(Dashboard dashboard) {
        Map<String, WidgetTile> kept = new HashMap<>();
        getChildren().clear();
        if (dashboard != null) {
            for (Widget widget : dashboard.widgets()) {
                WidgetTile tile = tiles.get(widget.id());
                if (tile == null || !WidgetTile.sameContent(tile.widget(), widget)) {
                    tile = newTile(widget);
                }
                tile.setWidget(widget);
                GridPane.setConstraints(tile, widget.x(), widget.y(), widget.width(), widget.height());
                getChildren().add(tile);
                kept.put(widget.id(), tile);
            }
        }
        tiles.clear();
        tiles.putAll(kept);
        int rows = (dashboard == null ? 0 : dashboard.rows()) + 2;
        getRowConstraints().clear();
        for (int i = 0; i < rows; i++) {
            RowConstraints row = new RowConstraints(ROW_HEIGHT, ROW_HEIGHT, ROW_HEIGHT);
            getRowConstraints().add(row);
        }
    }

    void showData(Map<String, WidgetData> data, ZoneId zone) {
        tiles.forEach((id, tile) -> tile.show(data.get(id), zone));
    }

    void showStale(StaleData stale, ZoneId zone) {
        tiles.forEach((id, tile) -> tile.showStale(stale, zone));
    }

    WidgetTile tile(String widgetId) {
        return tiles.get(widgetId);
    }

    private WidgetTile newTile(Widget widget) {
        WidgetTile tile = new WidgetTile(widget, actions);
        tile.titleBar.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> dragStart = new Point2D(event.getSceneX(), event.getSceneY()));
        tile.titleBar.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (dragStart != null) {
                tile.setTranslateX(event.getSceneX() - dragStart.getX());
                tile.setTranslateY(event.getSceneY() - dragStart.getY());
                tile.setOpacity(0.7);
            }
        });
        tile.titleBar.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            boolean dragged = tile.getTranslateX() != 0 || tile.getTranslateY() != 0;
            tile.setTranslateX(0);
            tile.setTranslateY(0);
            tile.setOpacity(1);
            if (dragStart != null && dragged) {
                int[] from = cellAt(dragStart.getX(), dragStart.getY());
                int[] to = cellAt(event.getSceneX(), event.getSceneY());
                Widget w = tile.widget();
                actions.move(w, w.x() + to[0] - from[0], w.y() + to[1] - from[1]);
            }
            dragStart = null;
        });
        tile.resizeHandle.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        tile.resizeHandle.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            int[] cell = cellAt(event.getSceneX(), event.getSceneY());
            Widget w = tile.widget();
            actions.resize(w, cell[0] - w.x() + 1, cell[1] - w.y() + 1);
            event.consume();
        });
        return tile;
    }

    /** The grid cell (column, row) under a scene point. */
    int[] cellAt(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        double cellWidth = (getWidth() - getPadding().getLeft() - getPadding().getRight() + GAP) / Dashboard.COLUMNS;
        int column = (int) Math.floor((local.getX() - getPadding().getLeft()) / cellWidth);
        int row = (int) Math.floor((local.getY() - getPadding().getTop()) / (ROW_HEIGHT + GAP));
        return new int[] {Math.max(0, Math.min(Dashboard.COLUMNS - 1, column)), Math.max(0, row)};
    }
}
