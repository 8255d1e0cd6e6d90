package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.AggregatePlan;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.Bounds;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.Outcome;
import io.dataops.workbench.quality.validation.engine.Plan;
import io.dataops.workbench.quality.validation.engine.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Table expectations: row counts (also against another table), the columns (count, ordered list, set, one
 * column), and unexpected_rows_expectation, a query whose rows are the failures ({batch} is the batch).
 */
final class TableExpectations {

    private static final String INTEGERS = "min_value and max_value must be integers";

    private TableExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_table_row_count_to_be_between", TableExpectations::rowCountBetween);
        all.put("expect_table_row_count_to_equal", (k, s, f) -> {
            long value = k.integer("value", "value is not a valid integer").orElseThrow(
                    () -> new InvalidExpectationException("value is required for " + k.type() + "."));
            return new AggregatePlan(List.of("COUNT(*)"), (v, scope) ->
                    Outcome.observed(Values.toLong(v.get(0)) == value, Values.toLong(v.get(0))));
        });
        all.put("expect_table_row_count_to_equal_other_table", TableExpectations::otherTable);
        all.put("expect_table_column_count_to_be_between", TableExpectations::columnCountBetween);
        all.put("expect_table_column_count_to_equal", (k, s, f) -> {
            long value = k.integer("value", "value is not a valid integer").orElseThrow(
                    () -> new InvalidExpectationException("value is required for " + k.type() + "."));
            return AggregatePlan.standalone((v, scope) ->
                    Outcome.observed(scope.columns().size() == value, (long) scope.columns().size()));
        });
        all.put("expect_table_columns_to_match_ordered_list", TableExpectations::orderedList);
        all.put("expect_table_columns_to_match_set", TableExpectations::columnSet);
        all.put("expect_column_to_exist", TableExpectations::columnExists);
        all.put("unexpected_rows_expectation", TableExpectations::unexpectedRows);
    }

    private static Plan rowCountBetween(Kwargs k, BatchScope s, ResultFormat f) {
        Long min = k.integer("min_value", INTEGERS).orElse(null);
        Long max = k.integer("max_value", INTEGERS).orElse(null);
        Bounds.checkOrder(min, max, "Minimum Threshold cannot be larger than Maximum Threshold");
        return new AggregatePlan(List.of("COUNT(*)"), (v, scope) -> {
            long count = Values.toLong(v.get(0));
            return Outcome.observed(Bounds.between(count, min, max, k.flag("strict_min", false), k.flag("strict_max", false)), count);
        });
    }

    private static Plan columnCountBetween(Kwargs k, BatchScope s, ResultFormat f) {
        Long min = k.integer("min_value", INTEGERS).orElse(null);
        Long max = k.integer("max_value", INTEGERS).orElse(null);
        Bounds.checkOrder(min, max, "min_value cannot be greater than max_value");
        return AggregatePlan.standalone((v, scope) -> {
            long count = scope.columns().size();
            return Outcome.observed(Bounds.between(count, min, max, k.flag("strict_min", false), k.flag("strict_max", false)), count);
        });
    }

    private static Plan otherTable(Kwargs k, BatchScope s, ResultFormat f) {
        String other = AssetRef.splitQualified(k.string("other_table_name")).stream().map(s.dialect()::quote)
                .collect(Collectors.joining("."));
        return new AggregatePlan(List.of("COUNT(*)"), (v, scope) -> {
            long self = Values.toLong(v.get(0));
            long otherCount = Values.toLong(scope.scalar("SELECT COUNT(*) FROM " + other));
            Map<String, Object> observed = new LinkedHashMap<>();
            observed.put("self", self);
            observed.put("other", otherCount);
            return Outcome.observed(self == otherCount, observed);
        });
    }

    private static List<String> names(BatchScope scope) {
        return scope.columns().stream().map(ColumnSchema::name).toList();
    }

    private static Plan orderedList(Kwargs k, BatchScope s, ResultFormat f) {
        Object listValue = k.get("column_list");
        List<Object> expected = k.list("column_list");
        return AggregatePlan.standalone((v, scope) -> {
            List<String> actual = names(scope);
            if (listValue == null || expected.stream().map(String::valueOf).toList().equals(actual)) {
                return Outcome.observed(true, new ArrayList<>(actual));
            }
            List<Object> mismatched = new ArrayList<>();
            for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
                Object want = i < expected.size() ? expected.get(i) : null;
                Object found = i < actual.size() ? actual.get(i) : null;
                if (want == null || !String.valueOf(want).equals(found)) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("Expected Column Position", i);
                    item.put("Expected", want);
                    item.put("Found", found);
                    mismatched.add(item);
                }
            }
            return Outcome.observed(false, new ArrayList<>(actual))
                    .with("details", ColumnAggregateExpectations.details("mismatched", mismatched));
        });
    }

    private static Plan columnSet(Kwargs k, BatchScope s, ResultFormat f) {
        Object setValue = k.get("column_set");
        List<String> expected = k.list("column_set").stream().map(String::valueOf).toList();
        boolean exact = k.flag("exact_match", true);
        return AggregatePlan.standalone((v, scope) -> {
            List<String> actual = names(scope).stream().sorted().toList();
            List<String> unexpected = actual.stream().filter(c -> !expected.contains(c)).toList();
            List<String> missing = expected.stream().filter(c -> !actual.contains(c)).sorted().toList();
            boolean success = setValue == null || missing.isEmpty() && (!exact || unexpected.isEmpty());
            Map<String, Object> mismatched = new LinkedHashMap<>();
            if (!unexpected.isEmpty()) {
                mismatched.put("unexpected", unexpected);
            }
            if (!missing.isEmpty()) {
                mismatched.put("missing", missing);
            }
            Outcome outcome = Outcome.observed(success, new ArrayList<>(actual));
            return mismatched.isEmpty() ? outcome
                    : outcome.with("details", ColumnAggregateExpectations.details("mismatched", mismatched));
        });
    }

    private static Plan columnExists(Kwargs k, BatchScope s, ResultFormat f) {
        String column = k.column();
        Long index = k.integer("column_index", "column_index must be an integer").orElse(null);
        return AggregatePlan.standalone((v, scope) -> {
            List<String> actual = names(scope);
            boolean success = index == null ? actual.contains(column)
                    : index >= 0 && index < actual.size() && actual.get(index.intValue()).equals(column);
            return new Outcome(success, Map.of());
        });
    }

    private static Plan unexpectedRows(Kwargs k, BatchScope s, ResultFormat f) {
        String query = k.string("unexpected_rows_query");
        if (!query.contains("{batch}")) {
            throw new InvalidExpectationException("unexpected_rows_query must select FROM {batch}.");
        }
        return AggregatePlan.standalone((v, scope) -> {
            String sql = query.replace("{batch}", scope.from());
            long count = Values.toLong(scope.scalar("SELECT COUNT(*) FROM (" + sql + ") unexpected"));
            List<Object> rows = new ArrayList<>();
            if (count > 0 && f.level() != ResultFormat.Level.BOOLEAN_ONLY) {
                rows.addAll(scope.rows(sql + " LIMIT " + f.fetchLimit().orElse(200)));
            }
            String observed = count + (count == 1 ? " unexpected row" : " unexpected rows");
            return Outcome.observed(count == 0, observed)
                    .with("details", ColumnAggregateExpectations.details("unexpected_rows", rows));
        });
    }
}
