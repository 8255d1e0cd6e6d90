package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.profile.HistogramBin;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A tiny bar chart of a column's histogram for a table cell: one bar per bin, heights relative to the
 * fullest bin. Drawn on a canvas (not a chart control) because a table may show hundreds of them.
 */
final class HistogramSparkline extends Canvas {

    static final double WIDTH = 100;
    static final double HEIGHT = 18;
    private static final Color BAR = Color.web("#3574f0");

    HistogramSparkline() {
        super(WIDTH, HEIGHT);
        getStyleClass().add("histogram-sparkline");
    }

    void draw(List<HistogramBin> bins) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        long max = bins.stream().mapToLong(HistogramBin::count).max().orElse(0);
        if (bins.isEmpty() || max == 0) {
            return;
        }
        double slot = getWidth() / bins.size();
        double gap = slot > 3 ? 1 : 0;
        g.setFill(BAR);
        for (int i = 0; i < bins.size(); i++) {
            long count = bins.get(i).count();
            // A non-empty bin is at least one pixel high, so rare values stay visible.
            double height = count == 0 ? 0 : Math.max(1, (getHeight() - 1) * count / max);
            g.fillRect(i * slot, getHeight() - height, slot - gap, height);
        }
    }
}
