package io.dataops.workbench.ui.monitoring.chart;

import io.dataops.workbench.monitor.chart.Decimated;
import io.dataops.workbench.monitor.chart.Decimation;
import io.dataops.workbench.monitor.chart.TimeTicks;
import io.dataops.workbench.monitor.chart.ValueTicks;
import io.dataops.workbench.monitor.chart.XySeries;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame on a canvas: axes, grid, series, thresholds and state markers. Each series is decimated
 * to the visible range at one min/max group per pixel column before it is stroked, so the cost of a frame
 * depends on the chart's width, not on the number of points.
 */
final class ChartRenderer {

    private static final double LEFT = 48;
    private static final double RIGHT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 22;
    private static final Font FONT = Font.font(11);

    private double[] pixelX = new double[0];
    private double[] pixelY = new double[0];

    /** Draws the frame and returns the plot geometry, or null when there is no room to draw. */
    PlotArea render(GraphicsContext gc, double width, double height, ChartStyle style, List<ChartSeries> series,
                    List<ThresholdLine> thresholds, List<StateMarker> markers, double xMin, double xMax, ZoneId zone) {
        gc.clearRect(0, 0, width, height);
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        if (plotWidth < 10 || plotHeight < 10 || !(xMax > xMin)) {
            return null;
        }
        int columns = (int) Math.ceil(plotWidth);
        List<Decimated> visible = new ArrayList<>(series.size());
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (ChartSeries s : series) {
            XySeries data = s.data();
            int[] range = data.visibleRange(xMin, xMax);
            Decimated points = Decimation.minMax(data, range[0], range[1], xMin, xMax, columns);
            visible.add(points);
            for (int i = 0; i < points.size(); i++) {
                double y = points.y()[i];
                if (!Double.isNaN(y)) {
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        for (ThresholdLine threshold : thresholds) {
            yMin = Math.min(yMin, threshold.value());
            yMax = Math.max(yMax, threshold.value());
        }
        boolean empty = yMin > yMax;
        if (empty) {
            yMin = 0;
            yMax = 1;
        }
        if (style == ChartStyle.STACKED_AREA || yMin > 0 && yMin < (yMax - yMin) * 0.5) {
            yMin = Math.min(0, yMin);
        }
        if (yMax == yMin) {
            // A flat series sits inside the plot, not on its edge: from zero for positive values.
            double value = yMax;
            yMin = value > 0 ? 0 : value - 1;
            yMax = value > 0 ? value * 1.1 : value + 1;
        }
        List<Double> yTicks = ValueTicks.of(yMin, yMax, Math.max(2, (int) (plotHeight / 40)));
        double step = ValueTicks.step(yMin, yMax, Math.max(2, (int) (plotHeight / 40)));
        yMin = Math.floor(yMin / step) * step;
        yMax = Math.ceil(yMax / step) * step;
        PlotArea plot = new PlotArea(LEFT, TOP, plotWidth, plotHeight, xMin, xMax, yMin, yMax);

        drawAxes(gc, plot, yTicks, zone);
        gc.save();
        gc.beginPath();
        gc.rect(plot.left(), plot.top(), plot.width(), plot.height());
        gc.clip();
        if (style == ChartStyle.STACKED_AREA) {
            // Topmost sum first, so each lower band paints over the part of the one above that it covers.
            for (int i = visible.size() - 1; i >= 0; i--) {
                fillArea(gc, plot, visible.get(i), ChartPalette.series(i));
            }
        }
        for (int i = 0; i < visible.size(); i++) {
            strokeLine(gc, plot, visible.get(i), ChartPalette.series(i));
        }
        drawThresholds(gc, plot, thresholds);
        drawMarkers(gc, plot, markers);
        gc.restore();
        if (empty) {
            gc.setFill(ChartPalette.TEXT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("No data in this time range", plot.left() + plot.width() / 2, plot.top() + plot.height() / 2);
        }
        return plot;
    }

    private void drawAxes(GraphicsContext gc, PlotArea plot, List<Double> yTicks, ZoneId zone) {
        gc.setFont(FONT);
        gc.setLineWidth(1);
        gc.setStroke(ChartPalette.GRID);
        gc.setFill(ChartPalette.TEXT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double value : yTicks) {
            if (value < plot.yMin() - 1e-9 || value > plot.yMax() + 1e-9) {
                continue;
            }
            double y = Math.round(plot.toPixelY(value)) + 0.5;
            gc.strokeLine(plot.left(), y, plot.left() + plot.width(), y);
            gc.fillText(ValueTicks.label(value), plot.left() - 6, y);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        int maxTicks = Math.max(2, (int) (plot.width() / 80));
        for (TimeTicks.Tick tick : TimeTicks.of(plot.xMin(), plot.xMax(), maxTicks, zone)) {
            double x = Math.round(plot.toPixelX(tick.millis())) + 0.5;
            gc.strokeLine(x, plot.top(), x, plot.top() + plot.height());
            gc.fillText(tick.label(), x, plot.top() + plot.height() + 5);
        }
    }

    private void strokeLine(GraphicsContext gc, PlotArea plot, Decimated points, Color color) {
        int n = toPixels(plot, points);
        if (n > 2 * plot.width()) {
            fillColumns(gc, n, color);
            return;
        }
        gc.setStroke(color);
        gc.setLineWidth(1.5);
        if (n == 1) {
            gc.setFill(color);
            gc.fillOval(pixelX[0] - 2, pixelY[0] - 2, 4, 4);
        } else if (n > 1) {
            gc.strokePolyline(pixelX, pixelY, n);
        }
    }

    /**
     * A dense series (several points per pixel column) as one filled bar per column, from its lowest to its
     * highest pixel and reaching the previous column's last point: the same pixels an antialiased zigzag
     * polyline would cover, at a fraction of the software rasteriser's cost.
     */
    private void fillColumns(GraphicsContext gc, int n, Color color) {
        gc.setFill(color);
        int column = (int) Math.floor(pixelX[0]);
        double top = pixelY[0];
        double bottom = pixelY[0];
        double previousLast = pixelY[0];
        for (int i = 1; i <= n; i++) {
            int next = i < n ? (int) Math.floor(pixelX[i]) : Integer.MAX_VALUE;
            if (next != column) {
                double low = Math.min(top, previousLast);
                double high = Math.max(bottom, previousLast);
                gc.fillRect(column, low - 0.75, 1.5, high - low + 1.5);
                previousLast = pixelY[i - 1];
                if (i < n) {
                    column = next;
                    top = pixelY[i];
                    bottom = pixelY[i];
                }
            } else {
                top = Math.min(top, pixelY[i]);
                bottom = Math.max(bottom, pixelY[i]);
            }
        }
    }

    private void fillArea(GraphicsContext gc, PlotArea plot, Decimated points, Color color) {
        int n = toPixels(plot, points);
        if (n < 2) {
            return;
        }
        ensureCapacity(n + 2);
        double base = plot.toPixelY(Math.max(plot.yMin(), 0));
        pixelX[n] = pixelX[n - 1];
        pixelY[n] = base;
        pixelX[n + 1] = pixelX[0];
        pixelY[n + 1] = base;
        gc.setFill(color.deriveColor(0, 0.55, 1.25, 1));
        gc.fillPolygon(pixelX, pixelY, n + 2);
    }

    private int toPixels(PlotArea plot, Decimated points) {
        ensureCapacity(points.size() + 2);
        int n = 0;
        for (int i = 0; i < points.size(); i++) {
            double y = points.y()[i];
            if (Double.isNaN(y)) {
                continue;
            }
            pixelX[n] = plot.toPixelX(points.x()[i]);
            pixelY[n] = plot.toPixelY(y);
            n++;
        }
        return n;
    }

    private void ensureCapacity(int size) {
        if (pixelX.length < size) {
            pixelX = new double[size * 2];
            pixelY = new double[size * 2];
        }
    }

    private static void drawThresholds(GraphicsContext gc, PlotArea plot, List<ThresholdLine> thresholds) {
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (ThresholdLine threshold : thresholds) {
            double y = plot.toPixelY(threshold.value());
            gc.setStroke(ChartPalette.THRESHOLD);
            gc.strokeLine(plot.left(), y, plot.left() + plot.width(), y);
            gc.setFill(ChartPalette.THRESHOLD);
            gc.fillText(threshold.label(), plot.left() + plot.width() - 4, y - 2);
        }
        gc.setLineDashes();
    }

    private static void drawMarkers(GraphicsContext gc, PlotArea plot, List<StateMarker> markers) {
        gc.setLineWidth(2);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (StateMarker marker : markers) {
            if (marker.millis() < plot.xMin() || marker.millis() > plot.xMax()) {
                continue;
            }
            double x = Math.round(plot.toPixelX(marker.millis())) + 0.5;
            Color color = ChartPalette.state(marker.state());
            gc.setStroke(color.deriveColor(0, 1, 1, 0.7));
            gc.strokeLine(x, plot.top(), x, plot.top() + plot.height());
            gc.setFill(color);
            gc.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {plot.top(), plot.top(), plot.top() + 7}, 3);
            gc.fillText(marker.state().equals("INSUFFICIENT_DATA") ? "INSUFFICIENT" : marker.state(), x + 4,
                    plot.top() + 2);
        }
    }
}
