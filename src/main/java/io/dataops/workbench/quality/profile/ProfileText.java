package io.dataops.workbench.quality.profile;

import java.util.Locale;
import java.util.stream.Collectors;

/** The profile as a short human-readable report: one block per column (the CLI's --format text). */
public final class ProfileText {

    private ProfileText() {
    }

    public static String write(TableProfile p) {
        StringBuilder out = new StringBuilder();
        out.append("Asset:           ").append(p.asset()).append('\n');
        out.append("Rows:            ").append(p.rowCount())
                .append(p.sampleRows().isPresent() ? " (sample of " + p.sampleRows().getAsLong() + ")" : "").append('\n');
        out.append("Columns:         ").append(p.columnCount()).append('\n');
        p.duplicateRows().ifPresent(d -> out.append("Duplicate rows:  ").append(d).append('\n'));
        p.newestTimestamp().ifPresent(t -> out.append("Newest:          ").append(t).append('\n'));
        for (ColumnProfile c : p.columns()) {
            out.append('\n').append(c.name()).append("  ").append(c.declaredType()).append("  (")
                    .append(c.semanticType().jsonName()).append(")\n");
            out.append(String.format(Locale.ROOT, "  nulls %d (%.1f%%)", c.nullCount(), 100 * c.nullRatio()));
            c.distinctCount().ifPresent(d -> out.append("  distinct ").append(c.distinctIsApproximate() ? "~" : "")
                    .append(d));
            c.min().ifPresent(v -> out.append("  min ").append(v));
            c.max().ifPresent(v -> out.append("  max ").append(v));
            out.append('\n');
            c.numeric().ifPresent(s -> out.append(String.format(Locale.ROOT, "  mean %.6g  stddev %s  sum %.6g  "
                            + "zeros %d  negatives %d%n", s.mean(), s.stddev().map(d -> String.format(Locale.ROOT, "%.6g", d))
                            .orElse("-"), s.sum(), s.zeros(), s.negatives()))
                    .append(s.quantiles().isEmpty() ? "" : "  quantiles " + s.quantiles().entrySet().stream()
                            .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.6g", e.getValue()))
                            .collect(Collectors.joining(" ")) + "\n"));
            c.text().ifPresent(t -> out.append(String.format(Locale.ROOT, "  length %d..%d (mean %.1f)  empty %d%n",
                    t.minLength(), t.maxLength(), t.meanLength(), t.emptyStrings())));
            if (!c.topValues().isEmpty()) {
                out.append("  top ").append(c.topValues().stream().limit(5).map(v -> v.value() + " (" + v.count() + ")")
                        .collect(Collectors.joining(", "))).append('\n');
            }
        }
        return out.toString();
    }
}
