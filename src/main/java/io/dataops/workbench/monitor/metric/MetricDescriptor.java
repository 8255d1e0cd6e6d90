package io.dataops.workbench.monitor.metric;

/** A metric a source can chart: its id and its unit ({@code None} when unknown). */
public record MetricDescriptor(MetricId id, String unit) {
}
