package io.dataops.workbench.ui.monitoring.chart;

import javafx.scene.paint.Color;

/** Series colours (CloudWatch's order of hues) and the colours of alarm states; readable on light and dark themes. */
public final class ChartPalette {

    private static final Color[] SERIES = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"),
        Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#17becf"),
    };
    static final Color TEXT = Color.web("#7a7f87");
    static final Color GRID = Color.web("#8a8f98", 0.25);
    static final Color THRESHOLD = Color.web("#d62728");

    private ChartPalette() {
    }

    public static Color series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    public static Color state(String state) {
        return switch (state) {
            case "ALARM" -> Color.web("#d62728");
            case "OK" -> Color.web("#2ca02c");
            default -> Color.web("#9a9a9a");
        };
    }
}
