package io.dataops.workbench.monitor.cloudwatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs the queries of one time range into GetMetricData calls: at most
 * {@value CloudWatchMetricData#MAX_QUERIES_PER_CALL} queries per call, and at most
 * {@value CloudWatchPeriods#MAX_DATAPOINTS} datapoints (the sum over queries of range / period), in order.
 */
final class QueryBatches {

    private QueryBatches() {
    }

    /** Batches of indexes into {@code periods}; each query's period must already keep it under the limit. */
    static List<List<Integer>> pack(List<Duration> periods, Instant from, Instant to) {
        long rangeMillis = Duration.between(from, to).toMillis();
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long points = 0;
        for (int i = 0; i < periods.size(); i++) {
            long periodMillis = periods.get(i).toMillis();
            long queryPoints = (rangeMillis + periodMillis - 1) / periodMillis;
            if (!current.isEmpty() && (current.size() == CloudWatchMetricData.MAX_QUERIES_PER_CALL
                    || points + queryPoints > CloudWatchPeriods.MAX_DATAPOINTS)) {
                batches.add(current);
                current = new ArrayList<>();
                points = 0;
            }
            current.add(i);
            points += queryPoints;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }
}
