package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A monotone column (an id or a timestamp: no nulls, every value distinct, and the sample values, read in row
 * order, strictly increasing) → values increasing. A profile does not prove row order, so this is a CANDIDATE
 * that {@link SuiteSuggester#confirm} or the live preview checks on the data.
 */
public final class IncreasingRule implements SuggestionRule {

    public static final String ID = "increasing";
    private static final int MIN_SAMPLES = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Ids and timestamps that grow row by row should keep growing: values increasing.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        boolean orderable = (column.kind() == ColumnKind.NUMERIC && Observed.integral(column))
                || column.kind() == ColumnKind.TEMPORAL;
        boolean unique = column.distinctCount().isPresent() && !column.distinctIsApproximate()
                && column.distinctCount().getAsLong() == column.nonNullCount();
        if (!orderable || !unique || column.nullCount() > 0 || column.sampleValues().size() < MIN_SAMPLES
                || !increasing(column)) {
            return List.of();
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("strictly", true);
        return List.of(Suggestion.of(ID, column.name(), ExpectationConfig.of("expect_column_values_to_be_increasing",
                        kwargs), "unique, no nulls, and the first " + column.sampleValues().size()
                        + " values increase row by row", StatisticRef.of(StatisticRef.Kind.ORDER))
                .withConfidence(Confidence.CANDIDATE));
    }

    private static boolean increasing(ColumnProfile column) {
        List<String> samples = column.sampleValues();
        for (int i = 1; i < samples.size(); i++) {
            if (compare(column, samples.get(i - 1), samples.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int compare(ColumnProfile column, String a, String b) {
        if (column.kind() == ColumnKind.NUMERIC) {
            Optional<Double> x = Observed.number(Optional.of(a));
            Optional<Double> y = Observed.number(Optional.of(b));
            return x.isPresent() && y.isPresent() ? Double.compare(x.get(), y.get()) : 0;
        }
        return TemporalValues.parse(a).flatMap(x -> TemporalValues.parse(b).map(x::compareTo)).orElse(0);
    }
}
