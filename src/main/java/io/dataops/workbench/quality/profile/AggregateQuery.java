package io.dataops.workbench.quality.profile;

import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All single-pass statistics of every column in ONE query, so the engine reads the table once for them:
 * counts, distinct, min/max, sum, mean, stddev, zeros, negatives, lengths, empty strings, and quantiles
 * where the engine computes them as an aggregate.
 */
final class AggregateQuery {

    static final List<Double> QUANTILES = List.of(0.05, 0.25, 0.5, 0.75, 0.95);

    /**
     * Row count and the aggregates of each column, by column name; {@code topCandidates} and
     * {@code distinctRows} only in approximate mode on engines with sketches (else empty).
     */
    record Result(long rowCount, Map<String, ColumnAggregates> columns, Map<String, List<String>> topCandidates,
                  Long distinctRows) {
    }

    private final Dialect dialect;
    private final boolean approximate;
    private final SelectList select = new SelectList();
    private final Map<String, Map<String, Integer>> indexes = new HashMap<>();

    AggregateQuery(Dialect dialect, boolean approximate) {
        this.dialect = dialect;
        this.approximate = approximate;
    }

    Result run(QueryRunner runner, Relation relation, List<ColumnSchema> columns) {
        int rowCount = select.add("COUNT(*)");
        columns.forEach(this::addColumn);
        Map<String, Integer> candidates = new HashMap<>();
        Integer distinctRows = null;
        if (approximate) {
            for (ColumnSchema column : columns) {
                if (column.kind().groupable()) {
                    dialect.approxTopK(dialect.quote(column.name()), ProfileOptions.TOP_VALUES)
                            .ifPresent(topK -> candidates.put(column.name(), select.add(topK)));
                }
            }
            List<String> keys = columns.stream().filter(c -> c.kind().groupable()).map(c -> dialect.quote(c.name())).toList();
            Optional<String> hash = keys.isEmpty() ? Optional.empty() : dialect.rowHash(keys);
            distinctRows = hash.map(h -> select.add("COUNT(DISTINCT " + h + ")")).orElse(null);
        }
        Integer distinctRowsIndex = distinctRows;
        String sql = "SELECT\n  " + select.sql() + "\nFROM " + relation.fromItem();
        return runner.query(sql, result -> {
            result.next();
            Map<String, ColumnAggregates> byName = new HashMap<>();
            for (ColumnSchema column : columns) {
                byName.put(column.name(), read(result, indexes.get(column.name())));
            }
            Map<String, List<String>> top = new HashMap<>();
            for (Map.Entry<String, Integer> candidate : candidates.entrySet()) {
                top.put(candidate.getKey(), texts(result.getArray(candidate.getValue())));
            }
            return new Result(result.getLong(rowCount), byName, top, longOrNull(result, distinctRowsIndex));
        });
    }

    private void addColumn(ColumnSchema column) {
        String c = dialect.quote(column.name());
        Map<String, Integer> at = new HashMap<>();
        indexes.put(column.name(), at);
        at.put("nonNull", select.add("COUNT(" + c + ")"));
        if (!column.kind().groupable()) {
            return;
        }
        if (approximate && dialect.approxDistinct(c).isPresent()) {
            at.put("approxDistinct", select.add(dialect.approxDistinct(c).orElseThrow()));
        } else {
            at.put("distinct", select.add("COUNT(DISTINCT " + c + ")"));
        }
        switch (column.kind()) {
            case NUMERIC -> addNumeric(c, at);
            case TEMPORAL -> {
                addMinMax(c, at);
                at.put("low", select.add("MIN(" + dialect.epochSeconds(c) + ")"));
                at.put("high", select.add("MAX(" + dialect.epochSeconds(c) + ")"));
            }
            case TEXT -> {
                addMinMax(c, at);
                String length = dialect.length(c);
                at.put("minLength", select.add("MIN(" + length + ")"));
                at.put("meanLength", select.add("AVG(" + dialect.toDouble(length) + ")"));
                at.put("maxLength", select.add("MAX(" + length + ")"));
                at.put("empty", select.add("COUNT(CASE WHEN " + c + " = '' THEN 1 END)"));
            }
            default -> { // BOOLEAN: distinct and top values say all there is.
            }
        }
    }

    private void addMinMax(String c, Map<String, Integer> at) {
        at.put("min", select.add("MIN(" + c + ")"));
        at.put("max", select.add("MAX(" + c + ")"));
    }

    private void addNumeric(String c, Map<String, Integer> at) {
        addMinMax(c, at);
        String x = dialect.toDouble(c);
        at.put("sum", select.add("SUM(" + x + ")"));
        at.put("mean", select.add("AVG(" + x + ")"));
        dialect.stddev(x).ifPresentOrElse(
                stddev -> at.put("stddev", select.add(stddev)),
                () -> at.put("sumSquares", select.add("SUM(" + x + " * " + x + ")")));
        dialect.quantiles(c, QUANTILES, approximate).ifPresent(q -> at.put("quantiles", select.add(q)));
        at.put("zeros", select.add("COUNT(CASE WHEN " + c + " = 0 THEN 1 END)"));
        at.put("negatives", select.add("COUNT(CASE WHEN " + c + " < 0 THEN 1 END)"));
    }

    private static ColumnAggregates read(ResultSet r, Map<String, Integer> at) throws SQLException {
        long nonNull = r.getLong(at.get("nonNull"));
        boolean approx = at.containsKey("approxDistinct");
        Long distinct = approx ? longOrNull(r, at.get("approxDistinct")) : longOrNull(r, at.get("distinct"));
        if (approx && distinct != null) {
            distinct = Math.min(distinct, nonNull); // A sketch can overshoot; never claim more than there are.
        }
        Double sum = doubleOrNull(r, at.get("sum"));
        Double stddev = doubleOrNull(r, at.get("stddev"));
        Double sumSquares = doubleOrNull(r, at.get("sumSquares"));
        if (stddev == null && sumSquares != null && sum != null && nonNull > 1) {
            stddev = Math.sqrt(Math.max(0, (sumSquares - sum * sum / nonNull) / (nonNull - 1)));
        }
        boolean numeric = at.containsKey("sum");
        Double low = numeric ? doubleOrNull(r, at.get("min")) : doubleOrNull(r, at.get("low"));
        Double high = numeric ? doubleOrNull(r, at.get("max")) : doubleOrNull(r, at.get("high"));
        return new ColumnAggregates(nonNull, distinct, approx, stringOrNull(r, at.get("min")),
                stringOrNull(r, at.get("max")), low, high, sum, doubleOrNull(r, at.get("mean")), stddev,
                quantiles(r, at.get("quantiles")), longOr0(r, at.get("zeros")), longOr0(r, at.get("negatives")),
                longOrNull(r, at.get("minLength")), doubleOrNull(r, at.get("meanLength")),
                longOrNull(r, at.get("maxLength")), longOr0(r, at.get("empty")));
    }

    private static List<Double> quantiles(ResultSet r, Integer index) throws SQLException {
        if (index == null) {
            return List.of();
        }
        Array array = r.getArray(index);
        if (array == null) {
            return List.of();
        }
        List<Double> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            if (value == null) {
                return List.of();
            }
            values.add(((Number) value).doubleValue());
        }
        return values;
    }

    private static List<String> texts(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                if (value != null) {
                    values.add(value.toString());
                }
            }
        }
        return values;
    }

    static Long longOrNull(ResultSet r, Integer index) throws SQLException {
        if (index == null) {
            return null;
        }
        long value = r.getLong(index);
        return r.wasNull() ? null : value;
    }

    private static long longOr0(ResultSet r, Integer index) throws SQLException {
        Long value = longOrNull(r, index);
        return value == null ? 0 : value;
    }

    static Double doubleOrNull(ResultSet r, Integer index) throws SQLException {
        if (index == null) {
            return null;
        }
        double value = r.getDouble(index);
        return r.wasNull() ? null : value;
    }

    private static String stringOrNull(ResultSet r, Integer index) throws SQLException {
        return index == null ? null : r.getString(index);
    }
}
