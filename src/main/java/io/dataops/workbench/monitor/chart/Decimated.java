package io.dataops.workbench.monitor.chart;

/** The points a decimation keeps: the first {@code size} entries of {@code x} and {@code y}, in their original order. */
public record Decimated(double[] x, double[] y, int size) {
}
