package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deequ's NonNegativeNumbersRule: a numeric column whose smallest value is 0 or more → values of at least 0
 * (GX has no non-negative expectation; a between with only {@code min_value} is the same check).
 */
public final class NonNegativeRule implements SuggestionRule {

    public static final String ID = "non_negative";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Numbers never seen below zero should stay so: values between 0 and no upper bound.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        Optional<Double> min = Observed.number(column.min());
        boolean noNegatives = column.numeric().map(n -> n.negatives() == 0).orElse(true);
        if (!Observed.numeric(column) || min.isEmpty() || min.get() < 0 || !noNegatives || column.nonNullCount() == 0) {
            return List.of();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("min_value", 0);
        return List.of(Suggestion.of(ID, column.name(), ExpectationConfig.of(BetweenRule.TYPE, kwargs),
                "smallest value is " + column.min().get() + "; no negatives in " + Observed.count(column.nonNullCount())
                        + " values", StatisticRef.of(StatisticRef.Kind.RANGE)));
    }
}
