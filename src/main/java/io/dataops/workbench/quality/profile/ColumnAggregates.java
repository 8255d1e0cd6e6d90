package io.dataops.workbench.quality.profile;

import java.util.List;

/**
 * What the one aggregate query found for a column, before the second-pass queries. Package-private and
 * nullable on purpose: it only carries values from {@link AggregateQuery} to {@link TableProfiler}.
 */
record ColumnAggregates(
        long nonNull,
        Long distinct,
        boolean distinctApproximate,
        String min,
        String max,
        Double low,
        Double high,
        Double sum,
        Double mean,
        Double stddev,
        List<Double> quantiles,
        long zeros,
        long negatives,
        Long minLength,
        Double meanLength,
        Long maxLength,
        long emptyStrings) {
}
