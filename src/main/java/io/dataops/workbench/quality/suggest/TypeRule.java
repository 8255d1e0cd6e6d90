package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deequ's RetainTypeRule, as GX checks types: the column keeps its declared database type → values of type
 * (type_ without its length or precision, so VARCHAR(40) becoming VARCHAR(80) is not a failure).
 */
public final class TypeRule implements SuggestionRule {

    public static final String ID = "of_type";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A column should keep its database type: values of type.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        String type = column.declaredType().replaceAll("\\(.*\\)", "").trim().toUpperCase(Locale.ROOT);
        if (type.isEmpty()) {
            return List.of();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("type_", type);
        return List.of(Suggestion.of(ID, column.name(), ExpectationConfig.of("expect_column_values_to_be_of_type",
                kwargs), "declared as " + column.declaredType(), StatisticRef.of(StatisticRef.Kind.TYPE)));
    }
}
