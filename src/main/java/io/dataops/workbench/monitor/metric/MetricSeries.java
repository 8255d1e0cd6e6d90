package io.dataops.workbench.monitor.metric;

import java.util.List;

/** What a {@link MetricSource} answers to one {@link MetricQuery}: datapoints in time order, and the unit. */
public record MetricSeries(MetricQuery query, String unit, List<Datapoint> datapoints) {

    public MetricSeries {
        datapoints = List.copyOf(datapoints);
    }
}
