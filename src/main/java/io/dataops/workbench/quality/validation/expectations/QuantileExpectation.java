package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.AggregatePlan;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.Bounds;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.Outcome;
import io.dataops.workbench.quality.validation.engine.Plan;
import io.dataops.workbench.quality.validation.engine.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * expect_column_quantile_values_to_be_between: each quantile (the value at nearest rank ceil(q * n), as SQL's
 * percentile_disc) within its [low, high] range, null meaning unbounded.
 */
final class QuantileExpectation {

    private QuantileExpectation() {
    }

    static Plan plan(Kwargs k, BatchScope s, ResultFormat f) {
        if (!(k.get("quantile_ranges") instanceof Map<?, ?> ranges)
                || !(ranges.get("quantiles") instanceof List<?> quantiles)
                || !(ranges.get("value_ranges") instanceof List<?> valueRanges)) {
            throw new InvalidExpectationException("quantile_ranges must hold \"quantiles\" and \"value_ranges\".");
        }
        if (quantiles.size() != valueRanges.size()) {
            throw new InvalidExpectationException("quantile_ranges must have as many value_ranges as quantiles.");
        }
        for (Object range : valueRanges) {
            if (!(range instanceof List<?> pair) || pair.size() != 2) {
                throw new InvalidExpectationException("quantile_ranges must consist of ordered pairs");
            }
            if (pair.get(0) instanceof Number lo && pair.get(1) instanceof Number hi && lo.doubleValue() > hi.doubleValue()) {
                throw new InvalidExpectationException("quantile_ranges must consist of ordered pairs");
            }
        }
        String q = ColumnAggregateExpectations.numeric(k, s);
        return new AggregatePlan(List.of("COUNT(" + q + ")"), (v, scope) -> {
            long n = Values.toLong(v.get(0));
            List<Object> observed = new ArrayList<>();
            List<Object> details = new ArrayList<>();
            boolean success = n > 0;
            for (int i = 0; i < quantiles.size(); i++) {
                double fraction = ((Number) quantiles.get(i)).doubleValue();
                long rank = Math.max(0, (long) Math.ceil(fraction * n) - 1);
                Object value = n == 0 ? null : scope.scalar("SELECT " + q + " FROM " + scope.from() + " WHERE " + q
                        + " IS NOT NULL ORDER BY " + q + " LIMIT 1 OFFSET " + rank);
                List<?> range = (List<?>) valueRanges.get(i);
                boolean within = Bounds.between(value, range.get(0), range.get(1), false, false);
                observed.add(value);
                details.add(within);
                success &= within;
            }
            Map<String, Object> observedValue = new LinkedHashMap<>();
            observedValue.put("quantiles", new ArrayList<>(quantiles));
            observedValue.put("values", observed);
            return Outcome.observed(success, observedValue)
                    .with("details", ColumnAggregateExpectations.details("success_details", details));
        });
    }
}
