package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.AggregatePlan;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.DateParsing;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.Outcome;
import io.dataops.workbench.quality.validation.engine.Plan;
import io.dataops.workbench.quality.validation.engine.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expectations on the set of distinct non-null values (to be in, contain or equal a set) and on the most
 * common value. One GROUP BY query gives the values with their counts, sorted, as GX reports them.
 */
final class DistinctValueExpectations {

    private enum SetRelation { IN, CONTAIN, EQUAL }

    private DistinctValueExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_distinct_values_to_be_in_set", (k, s, f) -> set(k, s, SetRelation.IN));
        all.put("expect_column_distinct_values_to_contain_set", (k, s, f) -> set(k, s, SetRelation.CONTAIN));
        all.put("expect_column_distinct_values_to_equal_set", (k, s, f) -> set(k, s, SetRelation.EQUAL));
        all.put("expect_column_most_common_value_to_be_in_set", DistinctValueExpectations::mostCommon);
    }

    /** The distinct non-null values and their counts, in value order. */
    private static List<Object[]> valueCounts(Kwargs k, BatchScope s) {
        String q = s.quoted(k.column());
        boolean dates = s.kind(k.column()) == ColumnKind.TEMPORAL;
        List<Object[]> counts = new ArrayList<>();
        for (List<Object> row : s.rows("SELECT " + q + ", COUNT(*) FROM " + s.from() + " WHERE " + q
                + " IS NOT NULL GROUP BY " + q + " ORDER BY " + q)) {
            Object value = dates && row.get(0) instanceof String text
                    ? DateParsing.parseLenient(text).<Object>map(Values::isoDateTime).orElse(text) : row.get(0);
            counts.add(new Object[] {value, row.get(1)});
        }
        return counts;
    }

    private static Plan set(Kwargs k, BatchScope s, SetRelation relation) {
        s.column(k.column());
        boolean anySet = k.get("value_set") == null;
        if (anySet && relation != SetRelation.IN) {
            throw new InvalidExpectationException("value_set is required for " + k.type() + ".");
        }
        List<Object> expected = k.list("value_set");
        return AggregatePlan.standalone((v, scope) -> {
            List<Object[]> counts = valueCounts(k, scope);
            List<Object> observed = counts.stream().map(c -> c[0]).toList();
            boolean observedInSet = observed.stream().allMatch(o -> contains(expected, o));
            boolean setInObserved = expected.stream().allMatch(e -> contains(observed, e));
            boolean success = anySet || switch (relation) {
                case IN -> observedInSet;
                case CONTAIN -> setInObserved;
                case EQUAL -> observedInSet && setInObserved;
            };
            List<Object> valueCounts = new ArrayList<>();
            for (Object[] count : counts) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("value", count[0]);
                item.put("count", count[1]);
                valueCounts.add(item);
            }
            return Outcome.observed(success, new ArrayList<>(observed))
                    .with("details", ColumnAggregateExpectations.details("value_counts", valueCounts));
        });
    }

    static boolean contains(List<Object> list, Object value) {
        return list.stream().anyMatch(item -> Values.pyEquals(item, value));
    }

    /** GX: the modes; with ties_okay any mode in the set passes, otherwise there must be one mode, in the set. */
    private static Plan mostCommon(Kwargs k, BatchScope s, ResultFormat f) {
        s.column(k.column());
        List<Object> expected = k.list("value_set");
        boolean tiesOkay = k.flag("ties_okay", false);
        return AggregatePlan.standalone((v, scope) -> {
            List<Object[]> counts = valueCounts(k, scope);
            long top = counts.stream().mapToLong(c -> Values.toLong(c[1])).max().orElse(0);
            List<Object> modes = counts.stream().filter(c -> Values.toLong(c[1]) == top).map(c -> c[0]).toList();
            long inSet = modes.stream().filter(m -> contains(expected, m)).count();
            boolean success = tiesOkay ? inSet > 0 : modes.size() == 1 && inSet == 1;
            return Outcome.observed(success, new ArrayList<>(modes));
        });
    }
}
