package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.Bounds;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.MapPlan;
import io.dataops.workbench.quality.validation.engine.MapPlan.Shape;
import io.dataops.workbench.quality.validation.engine.Plan;
import io.dataops.workbench.quality.validation.engine.Values;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Column map expectations whose test is plain SQL on the column: nulls, sets, ranges, lengths, uniqueness,
 * z-scores. Counted rows are the non-null ones (GX's column map domain), except for the two null tests.
 */
final class ColumnMapExpectations {

    private ColumnMapExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_values_to_not_be_null", (k, s, f) -> nullTest(k, s, f, false));
        all.put("expect_column_values_to_be_null", (k, s, f) -> nullTest(k, s, f, true));
        all.put("expect_column_values_to_be_in_set", (k, s, f) -> inSet(k, s, f, true));
        all.put("expect_column_values_to_not_be_in_set", (k, s, f) -> inSet(k, s, f, false));
        all.put("expect_column_values_to_be_between", ColumnMapExpectations::between);
        all.put("expect_column_value_lengths_to_be_between", ColumnMapExpectations::lengthsBetween);
        all.put("expect_column_value_lengths_to_equal", ColumnMapExpectations::lengthsEqual);
        all.put("expect_column_values_to_be_unique", ColumnMapExpectations::unique);
        all.put("expect_column_value_z_scores_to_be_less_than", ColumnMapExpectations::zScores);
    }

    /** A column map plan over the non-null values of the kwargs' column. */
    static MapPlan nonNull(Kwargs k, BatchScope s, ResultFormat f, String expected) {
        String column = s.column(k.column()).name();
        return new MapPlan(s.dialect().quote(column) + " IS NOT NULL", new MapPlan.SqlTest(expected),
                List.of(column), Shape.SCALAR, false, k.mostly(), f);
    }

    private static Plan nullTest(Kwargs k, BatchScope s, ResultFormat f, boolean expectNull) {
        String column = s.column(k.column()).name();
        String q = s.dialect().quote(column);
        // GX reports these without missing_* (the non-null count is what they test).
        return new MapPlan("1 = 1", new MapPlan.SqlTest(q + (expectNull ? " IS NULL" : " IS NOT NULL")),
                List.of(column), Shape.SCALAR, true, k.mostly(), f);
    }

    private static Plan inSet(Kwargs k, BatchScope s, ResultFormat f, boolean in) {
        String q = s.quoted(k.column());
        if (k.get("value_set") == null) {
            throw new InvalidExpectationException("value_set is required for " + k.type() + ".");
        }
        List<Object> set = k.list("value_set");
        ColumnKind kind = s.kind(k.column());
        String expected;
        if (set.isEmpty()) {
            expected = in ? "1 = 0" : "1 = 1";
        } else {
            String list = set.stream().map(v -> s.literals().of(kind == ColumnKind.TEMPORAL && v instanceof String
                    ? Bounds.asDate(v, "value_set") : v)).collect(Collectors.joining(", "));
            expected = q + (in ? " IN (" : " NOT IN (") + list + ")";
        }
        return nonNull(k, s, f, expected);
    }

    private static Plan between(Kwargs k, BatchScope s, ResultFormat f) {
        String q = s.quoted(k.column());
        ColumnKind kind = s.kind(k.column());
        Object min = k.get("min_value");
        Object max = k.get("max_value");
        if (min == null && max == null) {
            throw new InvalidExpectationException("min_value and max_value cannot both be None");
        }
        Object lo = Bounds.forColumn(min, kind, "min_value");
        Object hi = Bounds.forColumn(max, kind, "max_value");
        Bounds.checkOrder(lo, hi, "ValueError: min_value cannot be greater than max_value");
        String condition = range(q, lo, hi, k.flag("strict_min", false), k.flag("strict_max", false), s);
        return nonNull(k, s, f, condition);
    }

    static String range(String expression, Object lo, Object hi, boolean strictMin, boolean strictMax, BatchScope s) {
        String low = lo == null ? null : expression + (strictMin ? " > " : " >= ") + s.literals().of(lo);
        String high = hi == null ? null : expression + (strictMax ? " < " : " <= ") + s.literals().of(hi);
        return low == null ? high : high == null ? low : "(" + low + " AND " + high + ")";
    }

    private static Plan lengthsBetween(Kwargs k, BatchScope s, ResultFormat f) {
        Long min = k.integer("min_value", "min_value and max_value must be integers").orElse(null);
        Long max = k.integer("max_value", "min_value and max_value must be integers").orElse(null);
        String q = textColumn(k, s);
        if (min == null && max == null) {
            throw new InvalidExpectationException("min_value and max_value cannot both be None");
        }
        return nonNull(k, s, f, range(s.dialect().length(q), min, max, k.flag("strict_min", false),
                k.flag("strict_max", false), s));
    }

    private static Plan lengthsEqual(Kwargs k, BatchScope s, ResultFormat f) {
        long value = k.integer("value", "value must be an integer").orElseThrow(
                () -> new InvalidExpectationException("value is required for " + k.type() + "."));
        return nonNull(k, s, f, s.dialect().length(textColumn(k, s)) + " = " + value);
    }

    /** The quoted column, which must hold text (GX: len() of a number fails). */
    static String textColumn(Kwargs k, BatchScope s) {
        String q = s.quoted(k.column());
        ColumnKind kind = s.kind(k.column());
        if (kind == ColumnKind.NUMERIC || kind == ColumnKind.BOOLEAN) {
            throw new InvalidExpectationException("Column " + k.column() + " holds numbers, not text: object of type 'int' has no len()");
        }
        return q;
    }

    private static Plan unique(Kwargs k, BatchScope s, ResultFormat f) {
        String q = s.quoted(k.column());
        String duplicates = "SELECT " + q + " FROM " + s.from() + " WHERE " + q + " IS NOT NULL GROUP BY " + q
                + " HAVING COUNT(*) > 1";
        return nonNull(k, s, f, q + " NOT IN (" + duplicates + ")");
    }

    /**
     * GX: z = (x - mean) / sample standard deviation; a value is expected when |z| < threshold (double_sided) or
     * z < threshold. Mean and deviation come first, from one query, then the test is a plain comparison.
     */
    private static Plan zScores(Kwargs k, BatchScope s, ResultFormat f) {
        String q = s.quoted(k.column());
        if (s.kind(k.column()) != ColumnKind.NUMERIC) {
            throw new InvalidExpectationException("Column " + k.column() + " must be numeric to compute z-scores.");
        }
        double threshold = k.number("threshold", "threshold must be a number").orElseThrow(
                () -> new InvalidExpectationException("threshold is required for " + k.type() + "."));
        boolean doubleSided = k.flag("double_sided", true);
        String x = s.dialect().toDouble(q);
        List<Object> stats = s.rows("SELECT COUNT(" + x + "), SUM(" + x + "), SUM(" + x + " * " + x + ") FROM "
                + s.from()).get(0);
        long n = Values.toLong(stats.get(0));
        double sum = Values.toDouble(stats.get(1)).orElse(0.0);
        double squares = Values.toDouble(stats.get(2)).orElse(0.0);
        double mean = n == 0 ? 0 : sum / n;
        double std = n < 2 ? 0 : Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
        if (std == 0) {
            return nonNull(k, s, f, "1 = 0");
        }
        String z = "((" + x + " - " + s.literals().of(mean) + ") / " + s.literals().of(std) + ")";
        String expected = doubleSided ? "ABS" + z + " < " + s.literals().of(threshold) : z + " < " + s.literals().of(threshold);
        return nonNull(k, s, f, expected);
    }
}
