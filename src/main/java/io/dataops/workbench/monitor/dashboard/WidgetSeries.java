package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.util.List;
import java.util.stream.Collectors;

/** One series a widget shows: the metric (dimensions filled in), its statistic, and the datapoints held. */
public record WidgetSeries(MetricId metric, Statistic statistic, List<Datapoint> points) {

    public WidgetSeries {
        points = List.copyOf(points);
    }

    /** The legend text: the name, the dimensions if any, and the statistic ({@code CPUUtilization (p99)}). */
    public String label() {
        String dimensions = metric.dimensions().isEmpty() ? "" : metric.dimensions().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
        return metric.name() + dimensions + " (" + statistic + ")";
    }

    boolean sameSeries(MetricId otherMetric, Statistic otherStatistic) {
        return metric.equals(otherMetric) && statistic.equals(otherStatistic);
    }
}
