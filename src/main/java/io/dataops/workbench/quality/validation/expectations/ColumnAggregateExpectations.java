package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.AggregatePlan;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.Bounds;
import io.dataops.workbench.quality.validation.engine.DateParsing;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.Outcome;
import io.dataops.workbench.quality.validation.engine.Plan;
import io.dataops.workbench.quality.validation.engine.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Column aggregate expectations: a statistic of the column (min, max, mean, median, sum, standard deviation,
 * distinct counts, quantiles, type) within bounds. Statistics that are plain aggregates come from the suite's
 * one scan; median and quantiles need ordered queries of their own.
 */
final class ColumnAggregateExpectations {

    private ColumnAggregateExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_min_to_be_between", (k, s, f) -> between(k, s, () -> "MIN(" + s.quoted(k.column()) + ")", true, (v, sc) -> temporal(k, sc, v)));
        all.put("expect_column_max_to_be_between", (k, s, f) -> between(k, s, () -> "MAX(" + s.quoted(k.column()) + ")", true, (v, sc) -> temporal(k, sc, v)));
        all.put("expect_column_sum_to_be_between", (k, s, f) -> between(k, s, () -> "SUM(" + numeric(k, s) + ")", true, (v, sc) -> v));
        all.put("expect_column_mean_to_be_between", (k, s, f) -> between(k, s, () -> "AVG(" + s.dialect().toDouble(numeric(k, s)) + ")", false, (v, sc) -> v));
        all.put("expect_column_unique_value_count_to_be_between", (k, s, f) -> between(k, s, () -> "COUNT(DISTINCT " + s.quoted(k.column()) + ")", false, (v, sc) -> v));
        all.put("expect_column_proportion_of_unique_values_to_be_between", ColumnAggregateExpectations::proportionUnique);
        all.put("expect_column_stdev_to_be_between", ColumnAggregateExpectations::stdev);
        all.put("expect_column_median_to_be_between", ColumnAggregateExpectations::median);
        all.put("expect_column_quantile_values_to_be_between", QuantileExpectation::plan);
        all.put("expect_column_values_to_be_of_type", (k, s, f) -> type(k, s, List.of(k.string("type_")), false));
        all.put("expect_column_values_to_be_in_type_list", (k, s, f) -> type(k, s, k.list("type_list"), k.get("type_list") == null));
    }

    /** The quoted column, which must hold numbers (or booleans, which SQL engines average as 0/1). */
    static String numeric(Kwargs k, BatchScope s) {
        String q = s.quoted(k.column());
        ColumnKind kind = s.kind(k.column());
        if (kind == ColumnKind.TEXT && !s.isSqlite() || kind == ColumnKind.TEMPORAL) {
            throw new InvalidExpectationException("Column " + k.column() + " is not numeric: the statistic needs numeric values.");
        }
        return kind == ColumnKind.BOOLEAN && !s.isSqlite() ? "CASE WHEN " + q + " THEN 1 ELSE 0 END" : q;
    }

    /** Min and max of a date column are dates, reported as ISO text (SQLite hands back its stored text). */
    private static Object temporal(Kwargs k, BatchScope s, Object value) {
        if (value instanceof String text && s.kind(k.column()) == ColumnKind.TEMPORAL) {
            return DateParsing.parseLenient(text).<Object>map(Values::isoDateTime).orElse(text);
        }
        return value;
    }

    static Object[] checkedBounds(Kwargs k, boolean bothRequired) {
        Object min = k.get("min_value");
        Object max = k.get("max_value");
        if (bothRequired && min == null && max == null) {
            throw new InvalidExpectationException("min_value and max_value cannot both be None");
        }
        for (Object bound : new Object[] {min, max}) {
            if (bound instanceof String text && DateParsing.parseLenient(text).isEmpty()) {
                throw new InvalidExpectationException("Bound '" + text + "' is neither a number nor a date: invalid datetime format");
            }
        }
        if (min instanceof Number && max instanceof Number) {
            Bounds.checkOrder(min, max, "min_value cannot be greater than max_value");
        }
        return new Object[] {min, max};
    }

    /** Bounds are checked before the column, as GX validates the configuration before computing metrics. */
    private static Plan between(Kwargs k, BatchScope s, Supplier<String> aggregateOf, boolean bothRequired,
                                BiFunction<Object, BatchScope, Object> observed) {
        Object[] bounds = checkedBounds(k, bothRequired);
        String aggregate = aggregateOf.get();
        boolean strictMin = k.flag("strict_min", false);
        boolean strictMax = k.flag("strict_max", false);
        return new AggregatePlan(List.of(aggregate), (values, scope) -> {
            Object value = observed.apply(values.get(0), scope);
            return Outcome.observed(Bounds.between(value, bounds[0], bounds[1], strictMin, strictMax), value);
        });
    }

    private static Plan proportionUnique(Kwargs k, BatchScope s, ResultFormat f) {
        Object[] bounds = checkedBounds(k, false);
        String q = s.quoted(k.column());
        return new AggregatePlan(List.of("COUNT(DISTINCT " + q + ")", "COUNT(" + q + ")"), (values, scope) -> {
            long distinct = Values.toLong(values.get(0));
            long nonNull = Values.toLong(values.get(1));
            Double proportion = nonNull == 0 ? null : (double) distinct / nonNull;
            return Outcome.observed(Bounds.between(proportion, bounds[0], bounds[1], k.flag("strict_min", false),
                    k.flag("strict_max", false)), proportion);
        });
    }

    private static Plan stdev(Kwargs k, BatchScope s, ResultFormat f) {
        Object[] bounds = checkedBounds(k, false);
        String x = s.dialect().toDouble(numeric(k, s));
        return new AggregatePlan(List.of("COUNT(" + x + ")", "SUM(" + x + ")", "SUM(" + x + " * " + x + ")"), (v, scope) -> {
            long n = Values.toLong(v.get(0));
            Double std = null;
            if (n > 1) {
                double mean = Values.toDouble(v.get(1)).orElse(0.0) / n;
                std = Math.sqrt(Math.max(0, (Values.toDouble(v.get(2)).orElse(0.0) - n * mean * mean) / (n - 1)));
            }
            return Outcome.observed(Bounds.between(std, bounds[0], bounds[1], k.flag("strict_min", false),
                    k.flag("strict_max", false)), std);
        });
    }

    /** GX's median: the middle value, or the mean of the two middle values for an even count. */
    private static Plan median(Kwargs k, BatchScope s, ResultFormat f) {
        Object[] bounds = checkedBounds(k, false);
        String q = numeric(k, s);
        return new AggregatePlan(List.of("COUNT(" + q + ")"), (v, scope) -> {
            long n = Values.toLong(v.get(0));
            Double median = null;
            if (n > 0) {
                List<List<Object>> middle = scope.rows("SELECT " + scope.dialect().toDouble(q) + " FROM " + scope.from()
                        + " WHERE " + q + " IS NOT NULL ORDER BY " + q + " LIMIT " + (n % 2 == 0 ? 2 : 1)
                        + " OFFSET " + ((n - 1) / 2));
                median = middle.stream().mapToDouble(r -> Values.toDouble(r.get(0)).orElse(0.0)).average().orElse(0);
            }
            return Outcome.observed(Bounds.between(median, bounds[0], bounds[1], k.flag("strict_min", false),
                    k.flag("strict_max", false)), median);
        });
    }

    /** The declared type name, compared with the names given (case, length parameters and aliases aside). */
    private static Plan type(Kwargs k, BatchScope s, List<Object> names, boolean anyType) {
        String declared = s.column(k.column()).declaredType();
        return AggregatePlan.standalone((v, scope) -> {
            String observed = typeName(declared);
            boolean success = anyType || names.stream().anyMatch(n -> typeName(String.valueOf(n)).equals(observed));
            return Outcome.observed(success, declared.toUpperCase(Locale.ROOT));
        });
    }

    private static String typeName(String name) {
        String base = name.toUpperCase(Locale.ROOT).replaceAll("\\(.*\\)", "").replace('_', ' ').trim();
        return switch (base) {
            case "CHARACTER VARYING" -> "VARCHAR";
            case "DOUBLE", "FLOAT8" -> "DOUBLE PRECISION";
            case "INT", "INT4" -> "INTEGER";
            case "INT8" -> "BIGINT";
            case "BOOL" -> "BOOLEAN";
            default -> base;
        };
    }

    static Map<String, Object> details(String key, Object value) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(key, value);
        return details;
    }

    static List<Object> listOf(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
