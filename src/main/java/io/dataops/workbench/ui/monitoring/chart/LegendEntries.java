package io.dataops.workbench.ui.monitoring.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;

/** One legend label per series, with a swatch of its colour. */
final class LegendEntries {

    private LegendEntries() {
    }

    static List<Node> of(List<ChartSeries> series) {
        List<Node> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Rectangle swatch = new Rectangle(10, 10, ChartPalette.series(i));
            Label label = new Label(series.get(i).name(), swatch);
            label.getStyleClass().add("chart-legend-entry");
            label.setStyle("-fx-font-size: 11px;");
            entries.add(label);
        }
        return entries;
    }
}
