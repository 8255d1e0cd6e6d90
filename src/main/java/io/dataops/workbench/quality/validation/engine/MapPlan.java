package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.ResultFormat.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A row-wise expectation (column map, column pair, multicolumn): which rows count (not ignored, e.g. non-null),
 * the test each counted row must pass, and the columns to report. The counts come from the suite's one scan;
 * unexpected values are fetched only when there are some and the result_format wants them.
 */
public final class MapPlan implements Plan {

    /** How an unexpected row is reported: a value, a [a, b] pair, or {column: value}. */
    public enum Shape { SCALAR, PAIR, DICT }

    /** The test a counted row must pass. */
    public sealed interface RowTest {
    }

    /** An SQL boolean over the row; NULL counts as unexpected. */
    public record SqlTest(String expected) implements RowTest {
    }

    /** Evaluated in Java on the reported columns' values, for tests SQL cannot express (JSON, strftime). */
    public record JavaTest(Predicate<List<Object>> expected) implements RowTest {
    }

    /** Rows of a derived FROM item (with window functions) that match {@code unexpectedWhere} are unexpected. */
    public record DerivedTest(String fromItem, String unexpectedWhere) implements RowTest {
    }

    private final String considered;
    private final RowTest test;
    private final List<String> columns;
    private final Shape shape;
    private final boolean nonnullUnknown;
    private final double mostly;
    private final ResultFormat format;

    public MapPlan(String considered, RowTest test, List<String> columns, Shape shape, boolean nonnullUnknown,
                   double mostly, ResultFormat format) {
        this.considered = considered;
        this.test = test;
        this.columns = List.copyOf(columns);
        this.shape = shape;
        this.nonnullUnknown = nonnullUnknown;
        this.mostly = mostly;
        this.format = format;
    }

    private static final java.util.regex.Pattern NOT_NULL = java.util.regex.Pattern.compile("(\"(?:[^\"]|\"\")*\") IS NOT NULL");

    /**
     * Written so that equal counts are equal text (shared in the scan) and cheap: COUNT(*) and COUNT(column)
     * where the counted rows are all rows or the non-null ones, and no CASE around a condition that always holds.
     */
    @Override
    public List<String> aggregates() {
        boolean all = considered.equals("1 = 1");
        java.util.regex.Matcher notNull = NOT_NULL.matcher(considered);
        String consideredCount = all ? "COUNT(*)" : notNull.matches() ? "COUNT(" + notNull.group(1) + ")"
                : "SUM(CASE WHEN " + considered + " THEN 1 ELSE 0 END)";
        List<String> aggregates = new ArrayList<>(List.of("COUNT(*)", consideredCount));
        if (test instanceof SqlTest sql) {
            aggregates.add(all ? "SUM(" + unexpected(sql) + ")"
                    : "SUM(CASE WHEN " + considered + " THEN " + unexpected(sql) + " ELSE 0 END)");
        }
        return aggregates;
    }

    private static String unexpected(SqlTest sql) {
        return "CASE WHEN " + sql.expected() + " THEN 0 ELSE 1 END";
    }

    @Override
    public Outcome finish(List<Object> values, BatchScope scope) {
        long elementCount = Values.toLong(values.get(0));
        long consideredCount = Values.toLong(values.get(1));
        boolean wantValues = format.level() != Level.BOOLEAN_ONLY;
        List<Object> unexpectedList = wantValues ? new ArrayList<>() : null;
        List<Object> indexList = wantValues && !format.unexpectedIndexColumnNames().isEmpty() ? new ArrayList<>() : null;
        List<Object> rows = format.includeUnexpectedRows() ? new ArrayList<>() : null;
        Optional<Integer> limit = format.fetchLimit();
        long unexpectedCount;
        if (test instanceof SqlTest sql) {
            unexpectedCount = Values.toLong(values.get(2));
            if (wantValues && unexpectedCount > 0) {
                String where = " WHERE " + considered + " AND " + unexpected(sql) + " = 1";
                fetch(scope, scope.from(), where, limit, unexpectedList, indexList);
                if (rows != null) {
                    scope.stream("SELECT * FROM " + scope.from() + where + BatchScope.limit(limit),
                            row -> rows.add(row));
                }
            }
        } else if (test instanceof DerivedTest derived) {
            unexpectedCount = Values.toLong(scope.scalar("SELECT COUNT(*) FROM " + derived.fromItem() + " WHERE "
                    + derived.unexpectedWhere()));
            if (wantValues && unexpectedCount > 0) {
                fetch(scope, derived.fromItem(), " WHERE " + derived.unexpectedWhere(), limit, unexpectedList, null);
            }
        } else {
            Predicate<List<Object>> expected = ((JavaTest) test).expected();
            long[] count = {0};
            int cap = limit.orElse(Integer.MAX_VALUE);
            scope.stream("SELECT " + selectList(scope) + " FROM " + scope.from() + " WHERE " + considered, row -> {
                if (!expected.test(row)) {
                    count[0]++;
                    if (unexpectedList != null && unexpectedList.size() < cap) {
                        unexpectedList.add(shape(row));
                    }
                }
            });
            unexpectedCount = count[0];
        }
        long denominator = nonnullUnknown ? elementCount : consideredCount;
        boolean success = elementCount == 0 || denominator == 0 || MapResults.mostlySuccess(denominator, unexpectedCount, mostly);
        return new Outcome(success, MapResults.format(format, elementCount, nonnullUnknown ? null : consideredCount,
                unexpectedCount, unexpectedList, indexList, rows));
    }

    private void fetch(BatchScope scope, String from, String where, Optional<Integer> limit,
                       List<Object> unexpectedList, List<Object> indexList) {
        List<String> index = format.unexpectedIndexColumnNames();
        String select = selectList(scope) + index.stream().map(c -> ", " + scope.quoted(c)).collect(Collectors.joining());
        for (List<Object> row : scope.rows("SELECT " + select + " FROM " + from + where + BatchScope.limit(limit))) {
            unexpectedList.add(shape(row.subList(0, columns.size())));
            if (indexList != null) {
                Map<String, Object> entry = new LinkedHashMap<>();
                for (int i = 0; i < index.size(); i++) {
                    entry.put(index.get(i), row.get(columns.size() + i));
                }
                for (int i = 0; i < columns.size(); i++) {
                    entry.put(columns.get(i), row.get(i));
                }
                indexList.add(entry);
            }
        }
    }

    private String selectList(BatchScope scope) {
        return columns.stream().map(c -> scope.dialect().quote(c)).collect(Collectors.joining(", "));
    }

    private Object shape(List<Object> row) {
        return switch (shape) {
            case SCALAR -> row.get(0);
            case PAIR -> new ArrayList<>(row);
            case DICT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    map.put(columns.get(i), row.get(i));
                }
                yield map;
            }
        };
    }
}
