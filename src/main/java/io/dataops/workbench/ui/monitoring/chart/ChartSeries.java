package io.dataops.workbench.ui.monitoring.chart;

import io.dataops.workbench.monitor.chart.XySeries;

/** One named series of a chart; x in epoch milliseconds. */
public record ChartSeries(String name, XySeries data) {
}
