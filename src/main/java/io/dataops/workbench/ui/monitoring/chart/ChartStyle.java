package io.dataops.workbench.ui.monitoring.chart;

/** How a chart draws its series. */
public enum ChartStyle {
    LINE,
    /** Each series filled on top of the ones before it. */
    STACKED_AREA
}
