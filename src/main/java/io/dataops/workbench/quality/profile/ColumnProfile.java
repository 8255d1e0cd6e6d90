package io.dataops.workbench.quality.profile;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything the profiler found about one column. Fields that do not apply are empty: numeric stats
 * only for numbers, text stats only for text, a histogram only for numbers and dates. Min and max are
 * the values as text (numbers, dates or strings). Top values are empty when every value is distinct.
 */
public record ColumnProfile(
        String name,
        String declaredType,
        ColumnKind kind,
        SemanticType semanticType,
        long rowCount,
        long nullCount,
        OptionalLong distinctCount,
        boolean distinctIsApproximate,
        Optional<String> min,
        Optional<String> max,
        Optional<NumericStats> numeric,
        Optional<TextStats> text,
        List<HistogramBin> histogram,
        List<ValueCount> topValues,
        List<String> sampleValues) {

    public ColumnProfile {
        histogram = List.copyOf(histogram);
        topValues = List.copyOf(topValues);
        sampleValues = List.copyOf(sampleValues);
    }

    public long nonNullCount() {
        return rowCount - nullCount;
    }

    /** Null rows over all rows; 0 for an empty table. */
    public double nullRatio() {
        return rowCount == 0 ? 0 : (double) nullCount / rowCount;
    }

    /** Distinct values over non-null rows (1.0: every value unique), empty without a distinct count. */
    public Optional<Double> uniqueRatio() {
        if (distinctCount.isEmpty() || nonNullCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(Math.min(1.0, (double) distinctCount.getAsLong() / nonNullCount()));
    }

    ColumnProfile withValues(Optional<String> newMin, Optional<String> newMax, List<ValueCount> newTop,
                             List<String> newSamples) {
        return new ColumnProfile(name, declaredType, kind, semanticType, rowCount, nullCount, distinctCount,
                distinctIsApproximate, newMin, newMax, numeric, text, histogram, newTop, newSamples);
    }
}
