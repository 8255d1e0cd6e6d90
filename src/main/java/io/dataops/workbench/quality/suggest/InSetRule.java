package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.profile.ValueCount;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Deequ's CategoricalRangeRule: a column with few distinct values (at most {@link SuggestionOptions#maxCategories()},
 * each repeated) and all of them among the top values → values in that set.
 */
public final class InSetRule implements SuggestionRule {

    public static final String ID = "in_set";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A column with a few repeated values (a category) should keep to them: values in set.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        if (!applies(column, options)) {
            return List.of();
        }
        List<Object> values = valueSet(column, column.topValues());
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("value_set", values);
        String shown = column.topValues().stream().limit(5).map(ValueCount::value).collect(Collectors.joining(", "))
                + (values.size() > 5 ? ", ..." : "");
        return List.of(Suggestion.of(ID, column.name(), ExpectationConfig.of("expect_column_values_to_be_in_set", kwargs),
                values.size() + " distinct values in " + Observed.count(column.nonNullCount()) + " rows: " + shown,
                StatisticRef.of(StatisticRef.Kind.TOP_VALUES)));
    }

    static boolean applies(ColumnProfile column, SuggestionOptions options) {
        if (column.distinctCount().isEmpty() || column.distinctIsApproximate() || column.kind() == ColumnKind.OTHER
                || column.kind() == ColumnKind.TEMPORAL || Observed.masked(column)) {
            return false;
        }
        long distinct = column.distinctCount().getAsLong();
        return distinct > 0 && distinct <= options.maxCategories() && column.nonNullCount() >= 2 * distinct
                && column.topValues().size() == distinct;
    }

    static List<Object> valueSet(ColumnProfile column, List<ValueCount> counts) {
        List<Object> values = new ArrayList<>();
        for (ValueCount count : counts) {
            values.add(Observed.typedValue(column, count.value()));
        }
        return values;
    }
}
