package io.dataops.workbench.quality.profile;

import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 20-bin histograms of all numeric and date columns in one more pass: an inner select computes each
 * value's bin number, the outer one counts rows per bin with conditional counts, so every engine can run it.
 */
final class HistogramQuery {

    /** A column to bin, with the bounds the aggregate query found (epoch seconds for dates). */
    record Target(ColumnSchema column, double low, double high) {
    }

    /** Top-value candidates (from a sketch) of a column, to count exactly in the same pass. */
    record Candidates(ColumnSchema column, List<String> values) {
    }

    /** Histograms by column name, and the exact counts of the candidates, most common first. */
    record Result(Map<String, List<HistogramBin>> histograms, Map<String, List<ValueCount>> topValues) {
    }

    private final Dialect dialect;
    private final int bins;

    HistogramQuery(Dialect dialect, int bins) {
        this.dialect = dialect;
        this.bins = bins;
    }

    /** Whether a column with these bounds gets a histogram query at all (one distinct value needs none). */
    static boolean needsQuery(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high) && high > low;
    }

    Result run(QueryRunner runner, Relation relation, List<Target> targets, List<Candidates> candidates) {
        if (targets.isEmpty() && candidates.isEmpty()) {
            return new Result(Map.of(), Map.of());
        }
        boolean derived = dialect.derivedTablesAreCheap();
        List<String> binColumns = new ArrayList<>();
        SelectList counts = new SelectList();
        for (int t = 0; t < targets.size(); t++) {
            String bin = derived ? "dataops_bin_" + t : binExpression(targets.get(t));
            binColumns.add(binExpression(targets.get(t)) + " AS dataops_bin_" + t);
            for (int b = 0; b < bins; b++) {
                counts.add("COUNT(CASE WHEN " + bin + " = " + b + " THEN 1 END)");
            }
        }
        for (Candidates candidate : candidates) {
            String c = dialect.quote(candidate.column().name());
            for (String value : candidate.values()) {
                counts.add("COUNT(CASE WHEN " + c + " = CAST('" + value.replace("'", "''") + "' AS "
                        + candidate.column().declaredType() + ") THEN 1 END)");
            }
        }
        String from = derived && !binColumns.isEmpty() ? "(SELECT " + String.join(", ", binColumns) + ", * FROM "
                + relation.fromItem() + ") binned" : relation.fromItem();
        String sql = "SELECT " + counts.sql() + "\nFROM " + from;
        return runner.query(sql, result -> {
            result.next();
            Map<String, List<HistogramBin>> histograms = new HashMap<>();
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t);
                double width = (target.high() - target.low()) / bins;
                List<HistogramBin> list = new ArrayList<>(bins);
                for (int b = 0; b < bins; b++) {
                    double high = b == bins - 1 ? target.high() : target.low() + (b + 1) * width;
                    list.add(new HistogramBin(target.low() + b * width, high, result.getLong(t * bins + b + 1)));
                }
                histograms.put(target.column().name(), list);
            }
            int index = targets.size() * bins;
            Map<String, List<ValueCount>> top = new HashMap<>();
            for (Candidates candidate : candidates) {
                List<ValueCount> values = new ArrayList<>();
                for (String value : candidate.values()) {
                    long count = result.getLong(++index);
                    if (count > 0) {
                        values.add(new ValueCount(value, count));
                    }
                }
                values.sort(java.util.Comparator.comparingLong(ValueCount::count).reversed()
                        .thenComparing(ValueCount::value));
                top.put(candidate.column().name(), values);
            }
            return new Result(histograms, top);
        });
    }

    /** A single bin holding every value, for a column whose values are all equal. */
    static List<HistogramBin> singleBin(double value, long count) {
        return List.of(new HistogramBin(value, value, count));
    }

    private String binExpression(Target target) {
        String c = dialect.quote(target.column().name());
        String x = target.column().kind() == ColumnKind.TEMPORAL ? dialect.epochSeconds(c) : dialect.toDouble(c);
        double width = (target.high() - target.low()) / bins;
        // Clamp both ends: max falls in the last bin, and rounding must not push a value outside.
        return "CASE WHEN " + x + " IS NULL THEN NULL"
                + " WHEN " + x + " >= " + target.high() + " THEN " + (bins - 1)
                + " WHEN " + x + " <= " + target.low() + " THEN 0"
                + " ELSE CAST(FLOOR((" + x + " - " + target.low() + ") / " + width + ") AS INTEGER) END";
    }
}
