package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table keeps exactly the columns it has → table columns match set (exact_match). */
public final class ColumnSetRule implements TableSuggestionRule {

    public static final String ID = "column_set";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The table should keep its columns, none added or dropped: columns match set.";
    }

    @Override
    public List<Suggestion> suggest(TableProfile table, SuggestionOptions options) {
        List<String> names = table.schema().isEmpty()
                ? table.columns().stream().map(ColumnProfile::name).toList()
                : table.schema().stream().map(ColumnSchema::name).toList();
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column_set", names);
        kwargs.put("exact_match", true);
        return List.of(Suggestion.of(ID, null, ExpectationConfig.of("expect_table_columns_to_match_set", kwargs),
                names.size() + " columns: " + String.join(", ", names), StatisticRef.of(StatisticRef.Kind.COLUMNS)));
    }
}
