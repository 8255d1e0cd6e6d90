package io.dataops.workbench.quality.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Statistics that only numbers have. Quantiles are keyed "0.05" ... "0.95" (continuous, interpolated);
 * stddev is the sample standard deviation, empty for fewer than two values.
 */
public record NumericStats(double sum, double mean, Optional<Double> stddev, Map<String, Double> quantiles,
                           long zeros, long negatives) {
    public NumericStats {
        quantiles = Collections.unmodifiableMap(new LinkedHashMap<>(quantiles)); // keeps 0.05 ... 0.95 in order
    }
}
