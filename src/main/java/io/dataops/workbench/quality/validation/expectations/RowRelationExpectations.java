package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.MapPlan;
import io.dataops.workbench.quality.validation.engine.MapPlan.Shape;
import io.dataops.workbench.quality.validation.engine.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Column pair and multicolumn map expectations. Which rows count follows ignore_row_if: for pairs
 * both_values_are_missing (default), either_value_is_missing or neither; for column lists
 * all_values_are_missing (default), any_value_is_missing or never. A test that is NULL (a null in the row)
 * counts as unexpected, as GX's row-wise comparisons make it.
 */
final class RowRelationExpectations {

    private RowRelationExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_pair_values_to_be_equal", (k, s, f) -> pair(k, s, f, (a, b) -> a + " = " + b));
        all.put("expect_column_pair_values_a_to_be_greater_than_b", (k, s, f) -> pair(k, s, f,
                (a, b) -> a + (k.flag("or_equal", false) ? " >= " : " > ") + b));
        all.put("expect_column_pair_values_A_to_be_greater_than_B", all.get("expect_column_pair_values_a_to_be_greater_than_b"));
        all.put("expect_column_pair_values_to_be_in_set", RowRelationExpectations::pairInSet);
        all.put("expect_compound_columns_to_be_unique", RowRelationExpectations::compoundUnique);
        all.put("expect_multicolumn_sum_to_equal", RowRelationExpectations::sumEqual);
        all.put("expect_select_column_values_to_be_unique_within_record", RowRelationExpectations::uniqueWithinRecord);
    }

    private interface PairTest {
        String expected(String a, String b);
    }

    private static Plan pair(Kwargs k, BatchScope s, ResultFormat f, PairTest test) {
        String a = s.column(k.string("column_A")).name();
        String b = s.column(k.string("column_B")).name();
        String qa = s.dialect().quote(a);
        String qb = s.dialect().quote(b);
        String ignore = k.optionalString("ignore_row_if").orElse("both_values_are_missing");
        String considered = switch (ignore) {
            case "both_values_are_missing" -> "NOT (" + qa + " IS NULL AND " + qb + " IS NULL)";
            case "either_value_is_missing" -> "(" + qa + " IS NOT NULL AND " + qb + " IS NOT NULL)";
            case "neither" -> "1 = 1";
            default -> throw new InvalidExpectationException("ignore_row_if must be both_values_are_missing, "
                    + "either_value_is_missing or neither, not " + ignore + ".");
        };
        return new MapPlan(considered, new MapPlan.SqlTest(test.expected(qa, qb)), List.of(a, b), Shape.PAIR, false,
                k.mostly(), f);
    }

    private static Plan pairInSet(Kwargs k, BatchScope s, ResultFormat f) {
        List<Object> pairs = k.list("value_pairs_set");
        if (pairs.isEmpty()) {
            throw new InvalidExpectationException("value_pairs_set must be a non-empty list of pairs.");
        }
        return pair(k, s, f, (a, b) -> pairs.stream().map(p -> {
            if (!(p instanceof List<?> pair) || pair.size() != 2) {
                throw new InvalidExpectationException("value_pairs_set must hold pairs [a, b], not " + p + ".");
            }
            return "(" + equal(a, pair.get(0), s) + " AND " + equal(b, pair.get(1), s) + ")";
        }).collect(Collectors.joining(" OR ", "(", ")")));
    }

    private static String equal(String column, Object value, BatchScope s) {
        return value == null ? column + " IS NULL" : column + " = " + s.literals().of(value);
    }

    private record Columns(List<String> names, List<String> quoted, String considered) {
    }

    private static Columns columns(Kwargs k, BatchScope s) {
        List<String> names = k.columnList("column_list").stream().map(c -> s.column(c).name()).toList();
        List<String> quoted = names.stream().map(s.dialect()::quote).toList();
        String ignore = k.optionalString("ignore_row_if").orElse("all_values_are_missing");
        String considered = switch (ignore) {
            case "all_values_are_missing" -> quoted.stream().map(q -> q + " IS NOT NULL").collect(Collectors.joining(" OR ", "(", ")"));
            case "any_value_is_missing" -> quoted.stream().map(q -> q + " IS NOT NULL").collect(Collectors.joining(" AND ", "(", ")"));
            case "never" -> "1 = 1";
            default -> throw new InvalidExpectationException("ignore_row_if must be all_values_are_missing, "
                    + "any_value_is_missing or never, not " + ignore + ".");
        };
        return new Columns(names, quoted, considered);
    }

    private static Plan multicolumn(Kwargs k, BatchScope s, ResultFormat f, Columns c, String expected) {
        return new MapPlan(c.considered(), new MapPlan.SqlTest(expected), c.names(), Shape.DICT, false, k.mostly(), f);
    }

    /** A row is a duplicate when its full combination (no nulls) occurs more than once among the counted rows. */
    private static Plan compoundUnique(Kwargs k, BatchScope s, ResultFormat f) {
        Columns c = columns(k, s);
        String list = String.join(", ", c.quoted());
        String noNulls = c.quoted().stream().map(q -> q + " IS NOT NULL").collect(Collectors.joining(" AND "));
        String duplicates = "SELECT " + list + " FROM " + s.from() + " WHERE " + c.considered() + " AND " + noNulls
                + " GROUP BY " + list + " HAVING COUNT(*) > 1";
        String tuple = c.quoted().size() == 1 ? list : "(" + list + ")";
        String anyNull = c.quoted().stream().map(q -> q + " IS NULL").collect(Collectors.joining(" OR "));
        return multicolumn(k, s, f, c, "(" + anyNull + " OR " + tuple + " NOT IN (" + duplicates + "))");
    }

    private static Plan sumEqual(Kwargs k, BatchScope s, ResultFormat f) {
        Columns c = columns(k, s);
        double total = k.number("sum_total", "sum_total must be a number").orElseThrow(
                () -> new InvalidExpectationException("sum_total is required for " + k.type() + "."));
        return multicolumn(k, s, f, c, "(" + String.join(" + ", c.quoted()) + ") = " + s.literals().of(total));
    }

    private static Plan uniqueWithinRecord(Kwargs k, BatchScope s, ResultFormat f) {
        Columns c = columns(k, s);
        List<String> tests = new ArrayList<>();
        for (int i = 0; i < c.quoted().size(); i++) {
            for (int j = i + 1; j < c.quoted().size(); j++) {
                String a = c.quoted().get(i);
                String b = c.quoted().get(j);
                tests.add("(" + a + " IS NULL OR " + b + " IS NULL OR " + a + " <> " + b + ")");
            }
        }
        return multicolumn(k, s, f, c, tests.isEmpty() ? "1 = 1" : String.join(" AND ", tests));
    }
}
