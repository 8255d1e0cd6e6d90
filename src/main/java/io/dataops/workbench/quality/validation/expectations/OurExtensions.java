package io.dataops.workbench.quality.validation.expectations;

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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our two expectations, not Great Expectations': the dataops_ prefix says so.
 * <ul>
 * <li>{@code dataops_expect_column_newest_value_to_be_recent}: freshness — the newest timestamp of {@code column}
 *     is at most {@code max_age_seconds} old at validation time.</li>
 * <li>{@code dataops_expect_table_row_count_change_to_be_between}: volume change — this batch's row count
 *     divided by {@code previous_row_count} (filled in from the previous batch when validating a date batch)
 *     lies within [{@code min_ratio}, {@code max_ratio}].</li>
 * </ul>
 */
public final class OurExtensions {

    public static final String FRESHNESS = "dataops_expect_column_newest_value_to_be_recent";
    public static final String VOLUME_CHANGE = "dataops_expect_table_row_count_change_to_be_between";

    private OurExtensions() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put(FRESHNESS, OurExtensions::freshness);
        all.put(VOLUME_CHANGE, OurExtensions::volumeChange);
    }

    private static Plan freshness(Kwargs k, BatchScope s, ResultFormat f) {
        String q = s.quoted(k.column());
        double maxAge = k.number("max_age_seconds", "max_age_seconds must be a number").orElseThrow(
                () -> new InvalidExpectationException("max_age_seconds is required for " + FRESHNESS + "."));
        return new AggregatePlan(List.of("MAX(" + q + ")"), (v, scope) -> {
            Object newest = v.get(0);
            if (newest == null) {
                return Outcome.observed(false, null);
            }
            LocalDateTime time = Bounds.asDate(newest, "newest value");
            double age = Duration.between(time, scope.now()).toMillis() / 1000.0;
            Map<String, Object> observed = new LinkedHashMap<>();
            observed.put("newest", Values.isoDateTime(time));
            observed.put("age_seconds", age);
            return Outcome.observed(age <= maxAge, observed);
        });
    }

    private static Plan volumeChange(Kwargs k, BatchScope s, ResultFormat f) {
        Double min = k.number("min_ratio", "min_ratio must be a number").orElse(null);
        Double max = k.number("max_ratio", "max_ratio must be a number").orElse(null);
        Long previous = k.integer("previous_row_count", "previous_row_count must be an integer").orElseThrow(
                () -> new InvalidExpectationException(VOLUME_CHANGE + " needs the previous batch: validate a date batch"
                        + " (--batch COLUMN:GRAIN:KEY) or give previous_row_count."));
        return new AggregatePlan(List.of("COUNT(*)"), (v, scope) -> {
            long rows = Values.toLong(v.get(0));
            Double ratio = previous == 0 ? null : (double) rows / previous;
            Map<String, Object> observed = new LinkedHashMap<>();
            observed.put("row_count", rows);
            observed.put("previous_row_count", previous);
            observed.put("ratio", ratio);
            return Outcome.observed(ratio != null && Bounds.between(ratio, min, max, false, false), observed);
        });
    }
}
