package io.dataops.workbench.monitor.cloudwatch;

import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link CloudWatchMetricData#fetch}: one series per query that returns data, in the order
 * asked, and notes for the user (periods rounded up, data left partial, CloudWatch's own messages).
 */
public record CloudWatchData(List<CloudWatchSeries> series, List<String> notes) {

    public CloudWatchData {
        series = List.copyOf(series);
        notes = List.copyOf(notes);
    }

    /** True when some series is incomplete (PartialData after every page, or an error status). */
    public boolean partial() {
        return series.stream().anyMatch(s -> !s.complete());
    }

    public Optional<CloudWatchSeries> series(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
