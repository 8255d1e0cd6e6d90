package io.dataops.workbench.ui.monitoring.chart;

/** A horizontal alarm threshold drawn across the chart, labelled (for example {@code CpuHigh > 80}). */
public record ThresholdLine(String label, double value) {
}
