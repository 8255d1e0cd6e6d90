package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.monitor.metric.Datapoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges what an auto-refresh fetched into what a widget holds: the refresh re-reads from the start of the
 * last, possibly incomplete, period, so its points replace the held ones from there on; points that fell
 * out of a moving range are dropped.
 */
public final class SeriesMerge {

    private SeriesMerge() {
    }

    /**
     * @param held       the points held, in time order
     * @param fresh      the points fetched for {@code [freshFrom, ...)}, in time order
     * @param keepFrom   the start of the range now shown; older points are dropped
     */
    public static List<Datapoint> merge(List<Datapoint> held, List<Datapoint> fresh, Instant freshFrom,
                                        Instant keepFrom) {
        List<Datapoint> merged = new ArrayList<>(held.size() + fresh.size());
        for (Datapoint point : held) {
            if (!point.timestamp().isBefore(keepFrom) && point.timestamp().isBefore(freshFrom)) {
                merged.add(point);
            }
        }
        for (Datapoint point : fresh) {
            if (!point.timestamp().isBefore(keepFrom)) {
                merged.add(point);
            }
        }
        return merged;
    }
}
