package io.dataops.workbench.monitor.metric;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A metric as CloudWatch names it: namespace, name and dimensions. Dimensions are kept sorted so that
 * equal dimension sets are equal ids, whatever order the caller gave them in.
 */
public record MetricId(String namespace, String name, SortedMap<String, String> dimensions) {

    public MetricId {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        dimensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(dimensions == null ? Map.of() : dimensions));
    }

    public static MetricId of(String namespace, String name, Map<String, String> dimensions) {
        return new MetricId(namespace, name, new TreeMap<>(dimensions));
    }

    /** {@code Namespace/Name{K=V,...}}: how the CLI and the chart legend name a series. */
    public String label() {
        if (dimensions.isEmpty()) {
            return namespace + "/" + name;
        }
        return namespace + "/" + name + dimensions.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }
}
