package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.monitor.metric.Datapoint;
import java.util.List;

/**
 * What GetMetricData answered for one query id, every page concatenated, in time order: its label, its final
 * status ({@code Complete}, {@code PartialData} when data was left after the last page, {@code InternalError},
 * {@code Forbidden}; {@code Complete} for an id CloudWatch did not answer, such as an unknown metric), and
 * the messages CloudWatch attached to it.
 */
public record CloudWatchSeries(String id, String label, String status, List<Datapoint> datapoints,
                               List<String> messages) {

    public static final String COMPLETE = "Complete";
    public static final String PARTIAL = "PartialData";

    public CloudWatchSeries {
        datapoints = List.copyOf(datapoints);
        messages = List.copyOf(messages);
    }

    static CloudWatchSeries empty(String id) {
        return new CloudWatchSeries(id, id, COMPLETE, List.of(), List.of());
    }

    public boolean complete() {
        return COMPLETE.equals(status);
    }
}
