package io.dataops.workbench.ui.monitoring.chart;

import io.dataops.workbench.monitor.chart.Stacking;
import io.dataops.workbench.monitor.chart.XySeries;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * A time-series chart drawn on a canvas: lines or stacked areas, a legend, values under the mouse, wheel
 * zoom, drag pan, double-click to see the whole range again, alarm thresholds and state-change markers,
 * times in the local zone or UTC. Every frame decimates to the visible range (see {@link ChartRenderer}),
 * so zooming into a million points shows the detail and panning stays fast.
 */
public final class TimeSeriesChart extends VBox {

    private static final DateTimeFormatter HOVER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label hover = new Label();
    private final FlowPane legend = new FlowPane(12, 2);
    private final ChartRenderer renderer = new ChartRenderer();
    private final Viewport viewport = new Viewport();
    private ChartStyle style = ChartStyle.LINE;
    private List<ChartSeries> series = List.of();
    private List<ChartSeries> drawn = List.of();
    private List<ThresholdLine> thresholds = List.of();
    private List<StateMarker> markers = List.of();
    private ZoneId zone = ZoneId.systemDefault();
    private PlotArea plot;
    private double dragX = Double.NaN;
    private boolean rangeSet;
    // Changes only mark the frame stale; it is drawn once at the next layout pass (pulse or snapshot), so
    // setting series, range and zoom together decimates a million points once, not once per call.
    private boolean stale;
    private final Pane plotPane;

    public TimeSeriesChart() {
        getStyleClass().add("time-series-chart");
        hover.getStyleClass().add("chart-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setStyle("-fx-background-color: rgba(30,30,30,0.85); -fx-text-fill: white; -fx-padding: 4 6;"
                + " -fx-background-radius: 3; -fx-font-size: 11px;");
        overlay.setMouseTransparent(true);
        plotPane = new Pane(canvas, overlay, hover) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                hover.autosize();
                if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                    overlay.setWidth(getWidth());
                    overlay.setHeight(getHeight());
                    stale = true;
                }
                if (stale) {
                    redraw();
                }
            }
        };
        plotPane.setMinSize(60, 40);
        plotPane.setPrefSize(400, 200);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(plotPane.widthProperty());
        clip.heightProperty().bind(plotPane.heightProperty());
        plotPane.setClip(clip);
        legend.getStyleClass().add("time-series-legend");
        legend.setPadding(new Insets(0, 8, 2, 48));
        VBox.setVgrow(plotPane, Priority.ALWAYS);
        getChildren().addAll(plotPane, legend);
        installMouse(plotPane);
    }

    public void setStyle(ChartStyle style) {
        this.style = style;
        updateDrawn();
    }

    /** The series to draw; the visible range stays where the user zoomed it. */
    public void setSeries(List<ChartSeries> newSeries) {
        List<String> oldNames = series.stream().map(ChartSeries::name).toList();
        series = List.copyOf(newSeries);
        updateDrawn();
        // A refresh keeps the same series: rebuilding the labels would cost a CSS pass for nothing.
        if (!oldNames.equals(series.stream().map(ChartSeries::name).toList()) || legend.getChildren().isEmpty()) {
            legend.getChildren().setAll(LegendEntries.of(series));
        }
    }

    /** The full time range, in epoch milliseconds; while zoomed at its live end the view follows it. */
    public void setTimeRange(Instant from, Instant to) {
        viewport.setFull(from.toEpochMilli(), to.toEpochMilli(), rangeSet);
        rangeSet = true;
        requestRedraw();
    }

    public void setThresholds(List<ThresholdLine> lines) {
        thresholds = List.copyOf(lines);
        requestRedraw();
    }

    public void setMarkers(List<StateMarker> newMarkers) {
        markers = List.copyOf(newMarkers);
        requestRedraw();
    }

    /** Times on the axis and under the mouse in this zone ({@link ZoneOffset#UTC} or the system zone). */
    public void setZone(ZoneId zone) {
        this.zone = zone;
        requestRedraw();
    }

    /** Zooms by {@code factor} (below 1 zooms in) around the middle of the visible range. */
    public void zoom(double factor) {
        viewport.zoom(factor, (viewport.from() + viewport.to()) / 2);
        requestRedraw();
    }

    /** Moves the visible range by a fraction of its width (positive: later). */
    public void pan(double fraction) {
        viewport.pan((viewport.to() - viewport.from()) * fraction);
        requestRedraw();
    }

    public void resetZoom() {
        viewport.reset();
        requestRedraw();
    }

    public double visibleFrom() {
        return viewport.from();
    }

    public double visibleTo() {
        return viewport.to();
    }

    public List<ChartSeries> series() {
        return series;
    }

    /** Draws a frame now; the chart calls it itself on every change. */
    public void redraw() {
        stale = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        plot = renderer.render(gc, canvas.getWidth(), canvas.getHeight(), style, drawn, thresholds, markers,
                viewport.from(), viewport.to(), zone);
    }

    /** Marks the frame stale; it is drawn at the next layout pass (the next pulse, or a snapshot). */
    private void requestRedraw() {
        stale = true;
        plotPane.requestLayout();
    }

    private void updateDrawn() {
        if (style == ChartStyle.STACKED_AREA && series.size() > 1) {
            List<XySeries> stacked = Stacking.stack(series.stream().map(ChartSeries::data).toList());
            List<ChartSeries> result = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                result.add(new ChartSeries(series.get(i).name(), stacked.get(i)));
            }
            drawn = result;
        } else {
            drawn = series;
        }
        requestRedraw();
    }

    private void installMouse(Pane plotPane) {
        plotPane.addEventHandler(ScrollEvent.SCROLL, event -> {
            if (plot != null && event.getDeltaY() != 0) {
                viewport.zoom(event.getDeltaY() > 0 ? 0.8 : 1.25, plot.toX(event.getX()));
                redraw();
                showHover(event.getX(), event.getY());
                event.consume();
            }
        });
        plotPane.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                dragX = event.getX();
            }
        });
        plotPane.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (plot != null && !Double.isNaN(dragX)) {
                viewport.pan(plot.toX(dragX) - plot.toX(event.getX()));
                dragX = event.getX();
                requestRedraw();
                event.consume();
            }
        });
        plotPane.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> dragX = Double.NaN);
        plotPane.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                resetZoom();
            }
        });
        plotPane.addEventHandler(MouseEvent.MOUSE_MOVED, event -> showHover(event.getX(), event.getY()));
        plotPane.addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideHover());
    }

    private void showHover(double px, double py) {
        if (stale) {
            redraw();
        }
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (plot == null || !plot.contains(px, py) || drawn.isEmpty()) {
            hover.setVisible(false);
            return;
        }
        double time = plot.toX(px);
        HoverValues values = HoverValues.at(series, drawn, time);
        if (values.isEmpty()) {
            hover.setVisible(false);
            return;
        }
        double x = Math.round(plot.toPixelX(values.time())) + 0.5;
        gc.setStroke(ChartPalette.TEXT);
        gc.setLineWidth(1);
        gc.strokeLine(x, plot.top(), x, plot.top() + plot.height());
        for (HoverValues.Entry entry : values.entries()) {
            gc.setFill(ChartPalette.series(entry.index()));
            gc.fillOval(x - 3.5, plot.toPixelY(entry.drawnValue()) - 3.5, 7, 7);
        }
        hover.setText(HOVER_TIME.format(Instant.ofEpochMilli((long) values.time()).atZone(zone))
                + (ZoneOffset.UTC.equals(zone) ? " UTC" : "") + values.text());
        hover.setVisible(true);
        hover.autosize();
        double left = x + 12 + hover.getWidth() > overlay.getWidth() ? x - 12 - hover.getWidth() : x + 12;
        hover.relocate(Math.max(0, left), Math.max(0, Math.min(py, overlay.getHeight() - hover.getHeight())));
    }

    private void hideHover() {
        overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        hover.setVisible(false);
    }

    /** The text under the mouse, for tests and accessibility: empty while nothing is hovered. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : "";
    }
}
