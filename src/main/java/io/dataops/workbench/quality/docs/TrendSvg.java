package io.dataops.workbench.quality.docs;

import io.dataops.workbench.quality.history.TrendPoint;
import java.util.List;
import java.util.Locale;

/**
 * A small inline SVG of a series: the success ratio as a line (0..100%, left axis) and unexpected counts as grey
 * bars scaled to the largest, failing runs marked red. No script: it is plain markup in the page.
 */
final class TrendSvg {

    static final int WIDTH = 720;
    static final int HEIGHT = 160;
    private static final int PAD = 24;

    private TrendSvg() {
    }

    static String render(List<TrendPoint> points) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"Success ratio and unexpected values per run\">");
        svg.append("<text x=\"2\" y=\"").append(PAD - 8).append("\" font-size=\"10\" fill=\"#6b7385\">100%</text>")
                .append("<text x=\"2\" y=\"").append(HEIGHT - PAD + 12).append("\" font-size=\"10\" fill=\"#6b7385\">0%</text>");
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        double plotWidth = WIDTH - 2.0 * PAD;
        double plotHeight = HEIGHT - 2.0 * PAD;
        double step = points.size() == 1 ? 0 : plotWidth / (points.size() - 1);
        long maxUnexpected = points.stream().mapToLong(TrendPoint::unexpectedCount).max().orElse(0);
        double barWidth = Math.max(1, Math.min(8, plotWidth / points.size() - 1));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            double x = PAD + i * step;
            if (maxUnexpected > 0 && p.unexpectedCount() > 0) {
                double h = plotHeight * p.unexpectedCount() / maxUnexpected;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " fill=\"#c0c6d0\"><title>%d unexpected</title></rect>", x - barWidth / 2, PAD + plotHeight - h,
                        barWidth, h, p.unexpectedCount()));
            }
            double y = PAD + plotHeight * (1 - p.successRatio());
            line.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"1.5\" points=\"").append(line).append("\"/>");
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            if (!p.success()) {
                double y = PAD + plotHeight * (1 - p.successRatio());
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#c01c28\"/>",
                        PAD + i * step, y));
            }
        }
        return svg.append("</svg>").toString();
    }
}
