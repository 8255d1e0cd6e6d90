package io.dataops.workbench.quality.history;

import java.time.Instant;

/** A stored validation run without its result JSON: enough for lists, index pages and trend points. */
public record RunSummary(long id, String suiteName, String sourceName, String batchLabel, Instant runAt,
                         boolean success, int evaluated, int successful) {

    public HistoryKey key() {
        return new HistoryKey(suiteName, sourceName, HistoryKey.assetOf(batchLabel));
    }

    /** Successful over evaluated expectations, 0..1; 1 when nothing was evaluated. */
    public double successRatio() {
        return evaluated == 0 ? 1.0 : (double) successful / evaluated;
    }
}
