package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.ValueCount;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggestions for one statistic the user selected in a profile, beyond what the column rules propose: a
 * histogram bin → values between its bounds, mostly at its share; a top value → most common value in set, and
 * values in set with mostly at its share; an all-null column → values null.
 */
final class StatisticSuggestions {

    static final String SELECTION = "selection";

    private static final Map<StatisticRef.Kind, Set<StatisticRef.Kind>> RELATED = Map.of(
            StatisticRef.Kind.HISTOGRAM_BIN, Set.of(StatisticRef.Kind.RANGE),
            StatisticRef.Kind.RANGE, Set.of(StatisticRef.Kind.HISTOGRAM_BIN),
            StatisticRef.Kind.TOP_VALUE, Set.of(StatisticRef.Kind.TOP_VALUES),
            StatisticRef.Kind.DISTINCT_COUNT, Set.of(StatisticRef.Kind.TOP_VALUES),
            StatisticRef.Kind.TOP_VALUES, Set.of(StatisticRef.Kind.DISTINCT_COUNT));

    private StatisticSuggestions() {
    }

    static boolean related(StatisticRef.Kind selected, StatisticRef.Kind ofSuggestion) {
        return RELATED.getOrDefault(selected, Set.of()).contains(ofSuggestion);
    }

    static List<Suggestion> forSelection(ColumnProfile column, StatisticRef statistic, SuggestionOptions options) {
        List<Suggestion> all = new ArrayList<>();
        statistic.bin().ifPresent(bin -> bin(column, bin, statistic).ifPresent(all::add));
        statistic.value().ifPresent(value -> all.addAll(topValue(column, value, statistic)));
        if (statistic.kind() == StatisticRef.Kind.NULL_RATIO && column.rowCount() > 0 && column.nonNullCount() == 0) {
            all.add(Suggestion.of(SELECTION, column.name(), ExpectationConfig.of("expect_column_values_to_be_null",
                    Map.of("column", column.name())), "all " + Observed.count(column.rowCount()) + " rows are null",
                    statistic));
        }
        return all;
    }

    private static Optional<Suggestion> bin(ColumnProfile column, HistogramBin bin, StatisticRef statistic) {
        if (column.nonNullCount() == 0) {
            return Optional.empty();
        }
        double share = (double) bin.count() / column.nonNullCount();
        double mostly = Observed.floor2(share);
        String reason = Observed.count(bin.count()) + " rows (" + Observed.percent(share) + ") in this range";
        if (column.kind() == ColumnKind.NUMERIC) {
            return Optional.of(BetweenRule.suggestion(column, bin.low(), bin.high(), Observed.integral(column), 0,
                    reason, statistic, mostly < 1 ? Optional.of(mostly) : Optional.empty()));
        }
        if (column.kind() != ColumnKind.TEMPORAL) {
            return Optional.empty();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("min_value", iso(bin.low()));
        kwargs.put("max_value", iso(bin.high()));
        Suggestion suggestion = Suggestion.of(SELECTION, column.name(),
                ExpectationConfig.of(BetweenRule.TYPE, kwargs), reason, statistic);
        if (mostly >= 1) {
            return Optional.of(suggestion);
        }
        return Optional.of(new Suggestion(SELECTION, suggestion.column(), suggestion.expectation().with("mostly", mostly),
                reason, statistic, Confidence.OBSERVED,
                List.of(SuggestionParameter.fraction("mostly", "Share of rows in range", mostly)), Suggestion.KWARGS));
    }

    private static String iso(double epochSeconds) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond((long) Math.floor(epochSeconds)), ZoneOffset.UTC).toString();
    }

    private static List<Suggestion> topValue(ColumnProfile column, ValueCount value, StatisticRef statistic) {
        if (column.nonNullCount() == 0 || Observed.masked(column)) {
            return List.of();
        }
        List<Suggestion> all = new ArrayList<>();
        Object typed = Observed.typedValue(column, value.value());
        boolean most = !column.topValues().isEmpty() && column.topValues().get(0).value().equals(value.value());
        if (most) {
            Map<String, Object> kwargs = new LinkedHashMap<>();
            kwargs.put("column", column.name());
            kwargs.put("value_set", List.of(typed));
            all.add(Suggestion.of(SELECTION, column.name(),
                    ExpectationConfig.of("expect_column_most_common_value_to_be_in_set", kwargs),
                    value.value() + " is the most common value (" + Observed.count(value.count()) + " rows)", statistic));
        }
        double share = (double) value.count() / column.nonNullCount();
        double mostly = Math.max(0.01, Observed.floor2(share));
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("value_set", List.of(typed));
        kwargs.put("mostly", mostly);
        all.add(new Suggestion(SELECTION, Optional.of(column.name()),
                ExpectationConfig.of("expect_column_values_to_be_in_set", kwargs),
                value.value() + " in " + Observed.percent(share) + " of rows", statistic, Confidence.OBSERVED,
                List.of(SuggestionParameter.fraction("mostly", "Share of rows with this value", mostly)),
                Suggestion.KWARGS));
        return all;
    }
}
