package io.dataops.workbench.quality.validation.checkpoint;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One metric data point: CloudWatch's shape (namespace, name, dimensions, timestamp, value, unit). */
public record MetricDatum(String namespace, String name, Map<String, String> dimensions, Instant timestamp, double value,
                          String unit) {

    public MetricDatum {
        dimensions = new TreeMap<>(dimensions);
    }
}
