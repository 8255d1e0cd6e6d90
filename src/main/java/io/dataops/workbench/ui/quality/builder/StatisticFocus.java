package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.ValueCount;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.Optional;
import java.util.Set;

/**
 * What the user picked in a column's profile: the whole column, its null ratio, one histogram range or one
 * top value. It narrows the suggestions to those about that statistic, and a range or value prefills them.
 */
public record StatisticFocus(Kind kind, Optional<Double> low, Optional<Double> high, Optional<String> value,
                             Optional<HistogramBin> bin, Optional<ValueCount> top) {

    public enum Kind { COLUMN, NULLS, RANGE, TOP_VALUE }

    private static final Set<String> NULL_TYPES = Set.of("expect_column_values_to_not_be_null",
            "expect_column_values_to_be_null");
    private static final Set<String> SET_TYPES = Set.of("expect_column_values_to_be_in_set",
            "expect_column_distinct_values_to_be_in_set", "expect_column_most_common_value_to_be_in_set");

    public static StatisticFocus column() {
        return new StatisticFocus(Kind.COLUMN, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static StatisticFocus nulls() {
        return new StatisticFocus(Kind.NULLS, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A histogram bin, its bounds rounded to cents as the list shows them. */
    public static StatisticFocus range(HistogramBin bin) {
        return new StatisticFocus(Kind.RANGE, Optional.of(round(bin.low())), Optional.of(round(bin.high())),
                Optional.empty(), Optional.of(bin), Optional.empty());
    }

    public static StatisticFocus topValue(ValueCount value) {
        return new StatisticFocus(Kind.TOP_VALUE, Optional.empty(), Optional.empty(), Optional.of(value.value()),
                Optional.empty(), Optional.of(value));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Whether a suggestion is about this statistic; every suggestion is about the whole column. */
    public boolean fits(ExpectationConfig config) {
        return switch (kind) {
            case COLUMN -> true;
            case NULLS -> NULL_TYPES.contains(config.type());
            case RANGE -> config.kwargs().containsKey("min_value") || config.kwargs().containsKey("max_value");
            case TOP_VALUE -> SET_TYPES.contains(config.type()) || config.kwargs().containsKey("value_set");
        };
    }

    /** The suggestion prefilled from the picked range (its bounds) or value (added to the set). */
    public ExpectationConfig prefill(ExpectationConfig config) {
        if (kind == Kind.RANGE && config.type().equals("expect_column_values_to_be_between")) {
            return config.with("min_value", low.orElseThrow()).with("max_value", high.orElseThrow());
        }
        if (kind == Kind.TOP_VALUE && config.kwargs().get("value_set") instanceof java.util.List<?> set
                && !set.contains(value.orElseThrow())) {
            java.util.List<Object> more = new java.util.ArrayList<>(set);
            more.add(value.orElseThrow());
            return config.with("value_set", more);
        }
        return config;
    }
}
