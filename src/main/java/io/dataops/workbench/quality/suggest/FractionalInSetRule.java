package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.profile.ValueCount;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deequ's FractionalCategoricalRangeRule: when the full set is too large (or not all known) but a few top values
 * (at most {@link SuggestionOptions#maxCategories()}) cover {@link SuggestionOptions#categoryCoverage()} of the
 * rows → values in those, {@code mostly} at their coverage rounded down.
 */
public final class FractionalInSetRule implements SuggestionRule {

    public static final String ID = "in_set_mostly";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "When a few values cover most rows: values in that set, mostly at the share they cover.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        if (InSetRule.applies(column, options) || column.nonNullCount() == 0 || column.kind() == ColumnKind.OTHER
                || column.kind() == ColumnKind.TEMPORAL || Observed.masked(column) || column.topValues().isEmpty()) {
            return List.of();
        }
        List<ValueCount> sorted = new ArrayList<>(column.topValues());
        sorted.sort(Comparator.comparingLong(ValueCount::count).reversed());
        List<ValueCount> chosen = new ArrayList<>();
        long covered = 0;
        for (ValueCount value : sorted) {
            if (chosen.size() == options.maxCategories() || value.count() < 2) {
                break;
            }
            chosen.add(value);
            covered += value.count();
            if ((double) covered / column.nonNullCount() >= options.categoryCoverage()) {
                break;
            }
        }
        double coverage = (double) covered / column.nonNullCount();
        if (chosen.isEmpty() || coverage < options.categoryCoverage() || coverage >= 1.0) {
            return List.of();
        }
        double mostly = Observed.floor2(coverage);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("value_set", InSetRule.valueSet(column, chosen));
        kwargs.put("mostly", mostly);
        return List.of(Suggestion.of(ID, column.name(), ExpectationConfig.of("expect_column_values_to_be_in_set", kwargs),
                        chosen.size() + " values cover " + Observed.percent(coverage) + " of "
                                + Observed.count(column.nonNullCount()) + " rows",
                        StatisticRef.of(StatisticRef.Kind.TOP_VALUES))
                .withParameters(Suggestion.KWARGS,
                        List.of(SuggestionParameter.fraction("mostly", "Share of rows that must be in the set", mostly))));
    }
}
