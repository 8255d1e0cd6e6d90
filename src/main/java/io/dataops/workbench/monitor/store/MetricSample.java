package io.dataops.workbench.monitor.store;

import io.dataops.workbench.monitor.metric.MetricId;
import java.time.Instant;
import java.util.Objects;

/** One raw value of a metric, as a feed writes it: CloudWatch's PutMetricData datum. */
public record MetricSample(MetricId metric, String unit, Instant timestamp, double value) {

    public MetricSample {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(timestamp, "timestamp");
        unit = unit == null || unit.isBlank() ? "None" : unit;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A metric value must be a finite number, not " + value + " (" + metric.label() + ")");
        }
    }
}
