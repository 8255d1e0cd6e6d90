package io.dataops.workbench.ui.monitoring.chart;

/**
 * An alarm state change drawn as a vertical marker: at {@code millis} the alarm went to {@code state}
 * ({@code OK}, {@code ALARM} or {@code INSUFFICIENT_DATA}, CloudWatch's names).
 */
public record StateMarker(double millis, String state) {
}
