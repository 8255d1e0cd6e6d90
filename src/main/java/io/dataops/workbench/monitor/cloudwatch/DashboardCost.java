package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.Widget;
import java.time.Duration;

/**
 * What refreshing a CloudWatch dashboard costs. Every refresh, incremental ones included, asks GetMetricData
 * for every series on the dashboard (only the time span is shorter, and AWS bills per metric requested, not
 * per datapoint), so the count is the series the widgets name: CloudWatch widgets name exact dimension sets
 * and are not expanded.
 */
public final class DashboardCost {

    private DashboardCost() {
    }

    public static long metricsPerRefresh(Dashboard dashboard) {
        return dashboard.widgets().stream().mapToLong(DashboardCost::series).sum();
    }

    public static CloudWatchCost of(Dashboard dashboard, Duration refreshEvery) {
        return CloudWatchCost.of(metricsPerRefresh(dashboard), refreshEvery);
    }

    private static long series(Widget widget) {
        return switch (widget.type()) {
            case LINE, STACKED_AREA, NUMBER -> widget.metrics().size();
            case ALARM_STATUS, TEXT -> 0;
        };
    }
}
