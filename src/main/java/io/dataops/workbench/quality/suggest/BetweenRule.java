package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A numeric column's observed range, widened by an adjustable margin → values between. The bounds are whole
 * numbers for integral columns. Parameters: {@code margin} (moves both bounds), {@code min_value}, {@code max_value}.
 */
public final class BetweenRule implements SuggestionRule {

    public static final String ID = "between";
    static final String TYPE = "expect_column_values_to_be_between";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Numbers should stay near the range seen: values between the observed min and max, widened by a margin.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        Optional<Double> min = Observed.number(column.min());
        Optional<Double> max = Observed.number(column.max());
        if (!Observed.numeric(column) || min.isEmpty() || max.isEmpty() || column.nonNullCount() == 0) {
            return List.of();
        }
        boolean integral = Observed.integral(column);
        return List.of(suggestion(column, min.get(), max.get(), integral, options.betweenMargin(),
                "observed range " + column.min().get() + " to " + column.max().get(),
                StatisticRef.of(StatisticRef.Kind.RANGE), Optional.empty()));
    }

    /** A between over [min, max] with a margin; shared with selections of a histogram bin (with mostly). */
    static Suggestion suggestion(ColumnProfile column, double min, double max, boolean integral, double margin,
                                 String reason, StatisticRef statistic, Optional<Double> mostly) {
        RangeBounds bounds = RangeBounds.around(min, max, margin, integral);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("min_value", Observed.kwargNumber(bounds.low(), integral));
        kwargs.put("max_value", Observed.kwargNumber(bounds.high(), integral));
        mostly.ifPresent(m -> kwargs.put("mostly", m));
        double span = Math.max(max - min, Math.max(Math.abs(max), 1.0));
        double step = integral ? 1 : Math.pow(10, Math.floor(Math.log10(span)) - 2);
        List<SuggestionParameter> parameters = new java.util.ArrayList<>(List.of(
                new SuggestionParameter("margin", "Margin (share of the observed range)", margin, 0, 1, 0.01, false),
                new SuggestionParameter("min_value", "Minimum", bounds.low(), Math.min(bounds.low(), min - 2 * span),
                        max, step, integral),
                new SuggestionParameter("max_value", "Maximum", bounds.high(), min,
                        Math.max(bounds.high(), max + 2 * span), step, integral)));
        mostly.ifPresent(m -> parameters.add(SuggestionParameter.fraction("mostly", "Share of rows in range", m)));
        Suggestion.Adjuster adjuster = (current, params, changed) -> {
            if (!changed.equals("margin")) {
                return Suggestion.KWARGS.apply(current, params, changed);
            }
            double newMargin = params.stream().filter(p -> p.name().equals("margin")).findFirst().orElseThrow().value();
            RangeBounds moved = RangeBounds.around(min, max, newMargin, integral);
            return current.with("min_value", Observed.kwargNumber(moved.low(), integral))
                    .with("max_value", Observed.kwargNumber(moved.high(), integral));
        };
        return Suggestion.of(ID, column.name(), ExpectationConfig.of(TYPE, kwargs), reason, statistic)
                .withParameters(adjuster, parameters);
    }
}
