package io.dataops.workbench.monitor.store;

import java.util.Arrays;

/**
 * Percentiles by the nearest-rank method: the smallest sample such that at least p% of the samples are less than
 * or equal to it (rank = ceil(p/100 * n), p0 = the minimum). Always an actual sample, like CloudWatch's answers,
 * but exact where CloudWatch's are approximate.
 */
final class Percentile {

    private Percentile() {
    }

    /** {@code values[0..size)} is sorted in place. */
    static double nearestRank(double[] values, int size, double percentile) {
        if (size == 0) {
            throw new IllegalArgumentException("No samples");
        }
        Arrays.sort(values, 0, size);
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return values[Math.max(1, Math.min(size, rank)) - 1];
    }
}
