package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.chart.ValueTicks;
import io.dataops.workbench.monitor.chart.XySeries;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetData;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.ui.monitoring.chart.ChartPalette;
import io.dataops.workbench.ui.monitoring.chart.ChartSeries;
import io.dataops.workbench.ui.monitoring.chart.ChartStyle;
import io.dataops.workbench.ui.monitoring.chart.StateMarker;
import io.dataops.workbench.ui.monitoring.chart.ThresholdLine;
import io.dataops.workbench.ui.monitoring.chart.TimeSeriesChart;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One widget on the grid: a title bar to drag it by and a menu (edit, move, resize, remove), its content
 * (chart, number or alarm states), and a corner handle to resize it by dragging.
 */
final class WidgetTile extends VBox {

    /** What the tile asks of the grid around it. */
    interface Actions {
        void edit(Widget widget);

        void move(Widget widget, int x, int y);

        void resize(Widget widget, int width, int height);

        void remove(Widget widget);
    }

    private Widget widget;
    private final Label number = new Label("–");
    private final VBox alarmList = new VBox(4);
    private final TimeSeriesChart chart;
    private final Label footer = new Label();
    private final Label staleBadge = new Label();
    final Region titleBar;
    final Region resizeHandle = new Region();

    WidgetTile(Widget widget, Actions actions) {
        this.widget = widget;
        setId("widget-" + widget.id());
        getStyleClass().add("widget-tile");
        setStyle("-fx-border-color: rgba(128,128,128,0.35); -fx-border-radius: 4; -fx-background-radius: 4;"
                + " -fx-padding: 4 6 2 6;");
        Label title = new Label(widget.title().isBlank() ? widget.type().toString() : widget.title());
        title.setStyle("-fx-font-weight: bold;");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        MenuButton menu = new MenuButton("⋯");
        menu.setId("widget-menu");
        menu.getItems().addAll(
                item("Edit…", "widget-edit", () -> actions.edit(this.widget)),
                new SeparatorMenuItem(),
                item("Move left", "widget-move-left", () -> actions.move(this.widget, this.widget.x() - 1, this.widget.y())),
                item("Move right", "widget-move-right", () -> actions.move(this.widget, this.widget.x() + 1, this.widget.y())),
                item("Move up", "widget-move-up", () -> actions.move(this.widget, this.widget.x(), this.widget.y() - 1)),
                item("Move down", "widget-move-down", () -> actions.move(this.widget, this.widget.x(), this.widget.y() + 1)),
                new SeparatorMenuItem(),
                item("Wider", "widget-wider", () -> actions.resize(this.widget, this.widget.width() + 1, this.widget.height())),
                item("Narrower", "widget-narrower", () -> actions.resize(this.widget, this.widget.width() - 1, this.widget.height())),
                item("Taller", "widget-taller", () -> actions.resize(this.widget, this.widget.width(), this.widget.height() + 1)),
                item("Shorter", "widget-shorter", () -> actions.resize(this.widget, this.widget.width(), this.widget.height() - 1)),
                new SeparatorMenuItem(),
                item("Remove", "widget-remove", () -> actions.remove(this.widget)));
        staleBadge.setId("stale-badge");
        staleBadge.setStyle("-fx-background-color: #f6c343; -fx-text-fill: #3d2e00; -fx-padding: 1 6;"
                + " -fx-background-radius: 3; -fx-font-size: 11px;");
        staleBadge.setMinWidth(0);
        staleBadge.setMaxWidth(Double.MAX_VALUE);
        staleBadge.managedProperty().bind(staleBadge.visibleProperty());
        staleBadge.setVisible(false);
        HBox bar = new HBox(6, title, menu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-cursor: move;");
        titleBar = bar;
        chart = widget.type() == WidgetType.LINE || widget.type() == WidgetType.STACKED_AREA ? new TimeSeriesChart() : null;
        Node content = content();
        VBox.setVgrow(content, Priority.ALWAYS);
        footer.setStyle("-fx-font-size: 10px; -fx-opacity: 0.7;");
        resizeHandle.setId("widget-resize");
        resizeHandle.setPrefSize(12, 12);
        resizeHandle.setMaxSize(12, 12);
        resizeHandle.setStyle("-fx-cursor: se-resize; -fx-background-color: linear-gradient(to bottom right,"
                + " transparent 50%, rgba(128,128,128,0.6) 50%);");
        HBox bottom = new HBox(footer, new Region(), resizeHandle);
        HBox.setHgrow(bottom.getChildren().get(1), Priority.ALWAYS);
        // The badge has a line of its own under the title, so the title never gives way to it.
        getChildren().addAll(bar, staleBadge, content, bottom);
        setMinSize(0, 0);
    }

    Widget widget() {
        return widget;
    }

    void setWidget(Widget moved) {
        widget = moved;
    }

    /** Shows a fetch's result in this tile. */
    void show(WidgetData data, ZoneId zone) {
        if (data == null) {
            footer.setText("Loading…");
            return;
        }
        footer.setText(data.pointCount() + " datapoints · period " + WidgetEditorViewModel.periodLabel(data.period()));
        switch (widget.type()) {
            case LINE, STACKED_AREA -> showChart(data, zone);
            case NUMBER -> number.setText(data.latestValue().isPresent()
                    ? ValueTicks.label(Math.round(data.latestValue().getAsDouble() * 100) / 100.0) : "No data");
            case ALARM_STATUS -> showAlarms(data.alarmStates());
            case TEXT -> footer.setText("");
        }
    }

    /**
     * Marks the data shown as stale (null: fresh); the tile keeps showing it. The badge names when and why;
     * its tooltip holds the whole message. A text widget has no data to be stale.
     */
    void showStale(StaleData stale, ZoneId zone) {
        boolean show = stale != null && widget.type() != WidgetType.TEXT;
        staleBadge.setVisible(show);
        staleBadge.setText(show ? stale.badge(zone) : "");
        staleBadge.setTooltip(show ? new javafx.scene.control.Tooltip(stale.message()) : null);
        if (show && staleBadge.getTooltip() != null) {
            staleBadge.getTooltip().setWrapText(true);
            staleBadge.getTooltip().setMaxWidth(480);
        }
    }

    private void showChart(WidgetData data, ZoneId zone) {
        chart.setStyle(widget.type() == WidgetType.STACKED_AREA ? ChartStyle.STACKED_AREA : ChartStyle.LINE);
        chart.setZone(zone);
        chart.setThresholds(data.thresholds().stream().map(t -> new ThresholdLine(t.label(), t.value())).toList());
        chart.setMarkers(data.stateChanges().stream()
                .map(c -> new StateMarker(c.time().toEpochMilli(), c.state())).toList());
        List<ChartSeries> series = data.series().stream()
                .map(s -> new ChartSeries(s.label(), XySeries.of(s.points()))).toList();
        chart.setSeries(series);
        chart.setTimeRange(data.from(), data.to());
    }

    private void showAlarms(Map<String, String> states) {
        alarmList.getChildren().clear();
        states.forEach((name, state) -> {
            Label label = new Label(name + "  " + state);
            label.setStyle("-fx-text-fill: white; -fx-padding: 4 8; -fx-background-radius: 3; -fx-background-color: "
                    + toWeb(ChartPalette.state(state)) + ";");
            alarmList.getChildren().add(label);
        });
    }

    private Node content() {
        return switch (widget.type()) {
            case LINE, STACKED_AREA -> chart;
            case NUMBER -> {
                number.setId("widget-number");
                number.setStyle("-fx-font-size: 30px; -fx-font-weight: bold;");
                StackPane pane = new StackPane(number);
                pane.setMinSize(0, 0);
                yield pane;
            }
            case ALARM_STATUS -> {
                alarmList.setId("widget-alarms");
                yield alarmList;
            }
            case TEXT -> {
                // CloudWatch text widgets hold Markdown; shown as its plain text, wrapped.
                Label text = new Label(widget.markdown());
                text.setId("widget-text");
                text.setWrapText(true);
                text.setStyle("-fx-padding: 6;");
                text.setAlignment(javafx.geometry.Pos.TOP_LEFT);
                text.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                yield text;
            }
        };
    }

    /** The chart of a line or area widget, or null. */
    TimeSeriesChart chart() {
        return chart;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static String toWeb(javafx.scene.paint.Color color) {
        return String.format("#%02x%02x%02x", (int) (color.getRed() * 255), (int) (color.getGreen() * 255),
                (int) (color.getBlue() * 255));
    }

    static boolean sameContent(Widget a, Widget b) {
        return a.type() == b.type() && a.title().equals(b.title()) && a.metrics().equals(b.metrics())
                && a.period().equals(b.period()) && a.alarms().equals(b.alarms());
    }
}
