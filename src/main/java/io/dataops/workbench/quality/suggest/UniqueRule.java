package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.List;
import java.util.Map;

/**
 * Deequ's UniqueIfApproximatelyUniqueRule: every non-null value distinct → unique. An approximate distinct count
 * (a large table profiled with HyperLogLog) within 1% of the rows makes it a candidate to confirm on the data.
 */
public final class UniqueRule implements SuggestionRule {

    public static final String ID = "unique";
    private static final double APPROXIMATE_TOLERANCE = 0.99;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A column whose values are all distinct (a key) should stay so: values unique.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        if (column.distinctCount().isEmpty() || column.nonNullCount() < 2 || column.kind() == ColumnKind.BOOLEAN
                || !column.kind().groupable()) {
            return List.of();
        }
        long distinct = column.distinctCount().getAsLong();
        long values = column.nonNullCount();
        boolean exact = !column.distinctIsApproximate() && distinct == values;
        boolean nearly = column.distinctIsApproximate() && distinct >= APPROXIMATE_TOLERANCE * values;
        if (!exact && !nearly) {
            return List.of();
        }
        String reason = (nearly ? "about " : "") + Observed.count(distinct) + " distinct values in "
                + Observed.count(values) + " non-null rows";
        Suggestion suggestion = Suggestion.of(ID, column.name(),
                ExpectationConfig.of("expect_column_values_to_be_unique", Map.of("column", column.name())), reason,
                StatisticRef.of(StatisticRef.Kind.DISTINCT_COUNT));
        return List.of(exact ? suggestion : suggestion.withConfidence(Confidence.CANDIDATE));
    }
}
