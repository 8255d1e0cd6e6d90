package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.SemanticType;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.profile.ValueCount;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pattern seen in every value the profile shows (samples and top values) → values match regex. A recognized
 * semantic type (email, URL, UUID, numbers or dates as text) gives its pattern; other text gives its character-class
 * shape ("AB-1234" → ^[A-Z]{2}[-][0-9]{4}$). Only a few values were seen, so it is a CANDIDATE.
 */
public final class RegexRule implements SuggestionRule {

    public static final String ID = "match_regex";
    private static final int MIN_VALUES = 3;
    private static final Map<SemanticType, String> KNOWN = Map.of(
            SemanticType.UUID, "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            SemanticType.EMAIL, "^[^@ ]+@[^@ ]+[.][A-Za-z]{2,}$",
            SemanticType.URL, "^(https?|ftp)://[^ ]+$",
            SemanticType.NUMERIC_TEXT, "^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$",
            SemanticType.DATE_TEXT, "^[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Text whose every seen value has one shape (an email, a code like AB-1234) should keep it: match regex.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        if (column.kind() != ColumnKind.TEXT || column.nonNullCount() == 0 || Observed.masked(column)) {
            return List.of();
        }
        List<String> seen = new ArrayList<>(column.sampleValues());
        column.topValues().stream().map(ValueCount::value).forEach(seen::add);
        if (seen.size() < MIN_VALUES) {
            return List.of();
        }
        Optional<String> known = Optional.ofNullable(KNOWN.get(column.semanticType()));
        Optional<String> regex = known.or(() -> ValueShape.common(seen));
        if (regex.isEmpty()) {
            return List.of();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("regex", regex.get());
        String why = known.isPresent() ? "every value seen reads as " + column.semanticType().jsonName()
                : "all " + seen.size() + " values seen share the shape " + regex.get();
        return List.of(Suggestion.of(ID, column.name(), ExpectationConfig.of("expect_column_values_to_match_regex",
                kwargs), why, StatisticRef.of(StatisticRef.Kind.PATTERN)).withConfidence(Confidence.CANDIDATE));
    }
}
