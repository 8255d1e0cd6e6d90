package io.dataops.workbench.monitor.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One tile of a dashboard: what it shows, its metrics (or alarm names for an alarm-status widget), its
 * period ({@link Duration#ZERO} for automatic: chosen from the time range), where it sits on the grid
 * (column, row, width and height in grid cells), and for a text widget its Markdown.
 */
public record Widget(String id, WidgetType type, String title, List<WidgetMetric> metrics, List<String> alarms,
                     Duration period, int x, int y, int width, int height, String markdown) {

    public static final Duration AUTO = Duration.ZERO;

    public Widget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        title = title == null ? "" : title;
        markdown = markdown == null ? "" : markdown;
        metrics = List.copyOf(metrics);
        alarms = List.copyOf(alarms);
        period = period == null ? AUTO : period;
        if (period.isNegative()) {
            throw new IllegalArgumentException("The period of widget '" + title + "' is negative: " + period);
        }
        if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > Dashboard.COLUMNS) {
            throw new IllegalArgumentException("Widget '" + title + "' does not fit the " + Dashboard.COLUMNS
                    + "-column grid: x=" + x + ", y=" + y + ", width=" + width + ", height=" + height);
        }
    }

    /** A widget without Markdown (every type but text). */
    public Widget(String id, WidgetType type, String title, List<WidgetMetric> metrics, List<String> alarms,
                  Duration period, int x, int y, int width, int height) {
        this(id, type, title, metrics, alarms, period, x, y, width, height, "");
    }

    public boolean autoPeriod() {
        return period.isZero();
    }

    public Widget at(int newX, int newY) {
        return new Widget(id, type, title, metrics, alarms, period, newX, newY, width, height, markdown);
    }

    public Widget sized(int newWidth, int newHeight) {
        return new Widget(id, type, title, metrics, alarms, period, x, y, newWidth, newHeight, markdown);
    }

    boolean overlaps(int ox, int oy, int ow, int oh) {
        return x < ox + ow && ox < x + width && y < oy + oh && oy < y + height;
    }
}
