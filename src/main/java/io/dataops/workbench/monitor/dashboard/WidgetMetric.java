package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.util.Objects;

/** One metric a widget shows, with the statistic it is aggregated by. */
public record WidgetMetric(MetricId metric, Statistic statistic) {

    public WidgetMetric {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(statistic, "statistic");
    }

    /** {@code Namespace/Name{dims} (Statistic)}: the legend text. */
    public String label() {
        return metric.label() + " (" + statistic + ")";
    }
}
