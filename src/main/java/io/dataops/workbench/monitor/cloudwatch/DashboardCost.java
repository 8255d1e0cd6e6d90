package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.Widget;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What refreshing a CloudWatch dashboard costs. Every refresh, incremental ones included, asks GetMetricData
 * for every series on the dashboard (only the time span is shorter, and AWS bills per metric requested, not
 * per datapoint), so the count is the series the widgets name: CloudWatch widgets name exact dimension sets
 * and are not expanded. The same metric and statistic at the same period on two widgets is asked once.
 */
public final class DashboardCost {

    private DashboardCost() {
    }

    public static long metricsPerRefresh(Dashboard dashboard) {
        Set<List<Object>> series = new HashSet<>();
        for (Widget widget : dashboard.widgets()) {
            if (hasSeries(widget)) {
                widget.metrics().forEach(m -> series.add(List.of(m.metric(), m.statistic(), widget.period())));
            }
        }
        return series.size();
    }

    public static CloudWatchCost of(Dashboard dashboard, Duration refreshEvery) {
        return CloudWatchCost.of(metricsPerRefresh(dashboard), refreshEvery);
    }

    private static boolean hasSeries(Widget widget) {
        return switch (widget.type()) {
            case LINE, STACKED_AREA, NUMBER -> true;
            case ALARM_STATUS, TEXT -> false;
        };
    }
}
