package io.dataops.workbench.quality.history;

import java.time.Instant;

/** One run in a trend chart: success ratio (0..1) and the unexpected values summed over its expectations. */
public record TrendPoint(long resultId, Instant runAt, boolean success, double successRatio, int evaluated,
                         int successful, long unexpectedCount, String batchLabel) {
}
