package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.NumericStats;
import io.dataops.workbench.quality.profile.TextStats;
import java.util.ArrayList;
import java.util.List;

/** The full statistics of one column as label/value lines for the detail pane; only those that apply. */
public final class ColumnStatistics {

    /** One line of the detail pane. */
    public record Line(String label, String value) {
    }

    private ColumnStatistics() {
    }

    public static List<Line> of(ColumnProfile c) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Declared type", c.declaredType()));
        lines.add(new Line("Semantic type", c.semanticType().jsonName()));
        lines.add(new Line("Rows", ProfileFormat.count(c.rowCount())));
        lines.add(new Line("Nulls", ProfileFormat.count(c.nullCount()) + " (" + ProfileFormat.percent(c.nullRatio()) + ")"));
        c.distinctCount().ifPresent(d -> lines.add(new Line("Distinct",
                (c.distinctIsApproximate() ? "\u2248 " : "") + ProfileFormat.count(d)
                        + (c.distinctIsApproximate() ? " (approximate)" : ""))));
        c.uniqueRatio().ifPresent(r -> lines.add(new Line("Unique ratio", ProfileFormat.percent(r))));
        c.min().ifPresent(v -> lines.add(new Line("Min", v)));
        c.max().ifPresent(v -> lines.add(new Line("Max", v)));
        c.numeric().ifPresent(n -> numeric(n, lines));
        c.text().ifPresent(t -> text(t, lines));
        if (!c.sampleValues().isEmpty()) {
            lines.add(new Line("Samples", String.join(", ", c.sampleValues())));
        }
        return lines;
    }

    private static void numeric(NumericStats n, List<Line> lines) {
        lines.add(new Line("Mean", ProfileFormat.number(n.mean())));
        n.stddev().ifPresent(s -> lines.add(new Line("Std. deviation", ProfileFormat.number(s))));
        lines.add(new Line("Sum", ProfileFormat.number(n.sum())));
        if (!n.quantiles().isEmpty()) {
            List<String> parts = new ArrayList<>();
            n.quantiles().forEach((q, v) -> parts.add("p" + Math.round(Double.parseDouble(q) * 100) + " "
                    + ProfileFormat.number(v)));
            lines.add(new Line("Quantiles", String.join(" \u00b7 ", parts)));
        }
        lines.add(new Line("Zeros", ProfileFormat.count(n.zeros())));
        lines.add(new Line("Negatives", ProfileFormat.count(n.negatives())));
    }

    private static void text(TextStats t, List<Line> lines) {
        lines.add(new Line("Length", t.minLength() + " \u2026 " + t.maxLength() + " (mean "
                + ProfileFormat.number(t.meanLength()) + ")"));
        lines.add(new Line("Empty strings", ProfileFormat.count(t.emptyStrings())));
    }
}
