package io.dataops.workbench.ui.shell;

import io.dataops.workbench.workspace.SettingsStore;
import java.util.Optional;

/** Where the main window was and how big, kept in the workspace settings between runs. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1200, 780, false);

    /** The saved geometry, or {@link #DEFAULT} (centred) when none was saved or it is unreadable. */
    public static WindowGeometry load(SettingsStore settings) {
        try {
            Optional<String> width = settings.get(WIDTH);
            Optional<String> height = settings.get(HEIGHT);
            if (width.isEmpty() || height.isEmpty()) {
                return DEFAULT;
            }
            return new WindowGeometry(
                    settings.get(X).map(Double::parseDouble).orElse(Double.NaN),
                    settings.get(Y).map(Double::parseDouble).orElse(Double.NaN),
                    Math.max(400, Double.parseDouble(width.get())),
                    Math.max(300, Double.parseDouble(height.get())),
                    Boolean.parseBoolean(settings.get(MAXIMIZED, "false")));
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }

    public void save(SettingsStore settings) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            settings.put(X, Double.toString(x));
            settings.put(Y, Double.toString(y));
        }
        settings.put(WIDTH, Double.toString(width));
        settings.put(HEIGHT, Double.toString(height));
        settings.put(MAXIMIZED, Boolean.toString(maximized));
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
