package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.List;
import java.util.Map;

/**
 * Deequ's CompleteIfCompleteRule and RetainCompletenessRule: no nulls → not null; some nulls but mostly filled
 * (at least {@link SuggestionOptions#minCompleteness()}) → not null with {@code mostly} at the observed
 * completeness rounded down.
 */
public final class NotNullRule implements SuggestionRule {

    public static final String ID = "not_null";
    private static final String TYPE = "expect_column_values_to_not_be_null";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A column without nulls (or with few) should stay so: values not null, with mostly when some are.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        if (column.rowCount() == 0 || column.nonNullCount() == 0) {
            return List.of();
        }
        StatisticRef statistic = StatisticRef.of(StatisticRef.Kind.NULL_RATIO);
        ExpectationConfig config = ExpectationConfig.of(TYPE, Map.of("column", column.name()));
        if (column.nullCount() == 0) {
            return List.of(Suggestion.of(ID, column.name(), config,
                    "no nulls in " + Observed.count(column.rowCount()) + " rows", statistic));
        }
        double completeness = 1.0 - column.nullRatio();
        double mostly = Observed.floor2(completeness);
        if (completeness < options.minCompleteness() || mostly <= 0) {
            return List.of();
        }
        return List.of(Suggestion.of(ID, column.name(), config.with("mostly", mostly),
                        Observed.count(column.nullCount()) + " nulls in " + Observed.count(column.rowCount())
                                + " rows (" + Observed.percent(completeness) + " filled)", statistic)
                .withParameters(Suggestion.KWARGS,
                        List.of(SuggestionParameter.fraction("mostly", "Share of rows that must be filled", mostly))));
    }
}
