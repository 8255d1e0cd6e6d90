package io.dataops.workbench.quality.suggest;

import java.util.List;

/** The standard rules, in the order their suggestions are listed: add a rule class here to offer it. */
public final class SuggestionRules {

    private SuggestionRules() {
    }

    public static List<TableSuggestionRule> tableRules() {
        return List.of(new RowCountRule(), new ColumnSetRule());
    }

    public static List<SuggestionRule> columnRules() {
        return List.of(new NotNullRule(), new UniqueRule(), new InSetRule(), new FractionalInSetRule(),
                new BetweenRule(), new NonNegativeRule(), new FreshnessRule(), new IncreasingRule(), new RegexRule(),
                new TypeRule());
    }
}
