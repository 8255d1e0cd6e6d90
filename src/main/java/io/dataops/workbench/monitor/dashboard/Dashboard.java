package io.dataops.workbench.monitor.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named grid of widgets, {@value #COLUMNS} columns wide and as many rows as it needs. Edits return a new
 * dashboard; moving or resizing clamps to the grid and may overlap, as CloudWatch allows, but adding finds
 * a free place. Its {@link DashboardSource} says where the metrics come from.
 */
public record Dashboard(String name, List<Widget> widgets, DashboardSource source) {

    public static final int COLUMNS = 12;

    public Dashboard {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A dashboard needs a name");
        }
        widgets = List.copyOf(widgets);
        source = source == null ? DashboardSource.LOCAL : source;
    }

    /** A dashboard on the workspace's local metric store. */
    public Dashboard(String name, List<Widget> widgets) {
        this(name, widgets, DashboardSource.LOCAL);
    }

    public Dashboard renamed(String newName) {
        return new Dashboard(newName, widgets, source);
    }

    public Dashboard withSource(DashboardSource newSource) {
        return new Dashboard(name, widgets, newSource);
    }

    /** Adds the widget at the first free place of its size, scanning rows top to bottom. */
    public Dashboard adding(Widget widget) {
        int width = Math.min(widget.width(), COLUMNS);
        for (int row = 0; ; row++) {
            for (int column = 0; column + width <= COLUMNS; column++) {
                if (isFree(column, row, width, widget.height(), null)) {
                    return with(widget.sized(width, widget.height()).at(column, row));
                }
            }
        }
    }

    /** Puts the widget (matched by id) in place of the one there, or at the end. */
    public Dashboard with(Widget widget) {
        List<Widget> result = new ArrayList<>();
        boolean replaced = false;
        for (Widget w : widgets) {
            if (w.id().equals(widget.id())) {
                result.add(widget);
                replaced = true;
            } else {
                result.add(w);
            }
        }
        if (!replaced) {
            result.add(widget);
        }
        return new Dashboard(name, result, source);
    }

    public Dashboard without(String widgetId) {
        return new Dashboard(name, widgets.stream().filter(w -> !w.id().equals(widgetId)).toList(), source);
    }

    /** Moves the widget to a cell, kept inside the grid. */
    public Dashboard moving(String widgetId, int x, int y) {
        Widget widget = widget(widgetId);
        int column = Math.max(0, Math.min(x, COLUMNS - widget.width()));
        return with(widget.at(column, Math.max(0, y)));
    }

    /** Resizes the widget, at least one cell and no wider than the grid from its column. */
    public Dashboard resizing(String widgetId, int width, int height) {
        Widget widget = widget(widgetId);
        return with(widget.sized(Math.max(1, Math.min(width, COLUMNS - widget.x())), Math.max(1, height)));
    }

    public Widget widget(String widgetId) {
        return widgets.stream().filter(w -> w.id().equals(widgetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No widget " + widgetId + " on dashboard " + name));
    }

    /** The number of rows the widgets take. */
    public int rows() {
        return widgets.stream().mapToInt(w -> w.y() + w.height()).max().orElse(0);
    }

    private boolean isFree(int x, int y, int width, int height, String ignoredId) {
        for (Widget w : widgets) {
            if (!Objects.equals(w.id(), ignoredId) && w.overlaps(x, y, width, height)) {
                return false;
            }
        }
        return true;
    }
}
