package io.dataops.workbench.monitor.cloudwatch;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One data point to publish with PutMetricData: a custom metric's namespace, name and dimensions, when, the
 * value, and a CloudWatch unit name ({@code Count}, {@code Percent}, {@code Seconds}, {@code None}, ...).
 */
public record MetricDataPoint(String namespace, String name, SortedMap<String, String> dimensions, Instant timestamp,
                              double value, String unit) {

    public MetricDataPoint {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timestamp, "timestamp");
        dimensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(dimensions == null ? Map.of() : dimensions));
        unit = unit == null || unit.isBlank() ? "None" : unit;
    }

    public static MetricDataPoint of(String namespace, String name, Map<String, String> dimensions, Instant timestamp,
                                     double value, String unit) {
        return new MetricDataPoint(namespace, name, new TreeMap<>(dimensions), timestamp, value, unit);
    }

    /** {@code Namespace/Name{K=V,...} at T}: for notes about a skipped point. */
    public String label() {
        return io.dataops.workbench.monitor.metric.MetricId.of(namespace, name, dimensions).label() + " at " + timestamp;
    }
}
