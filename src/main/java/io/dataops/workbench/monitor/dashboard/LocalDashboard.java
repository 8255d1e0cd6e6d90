package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.monitor.host.HostMetrics;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.util.List;
import java.util.Map;

/**
 * The dashboard a new workspace starts with: this machine's CPU and memory (the host sampler's metrics) and
 * the success ratio of data-quality validations.
 */
public final class LocalDashboard {

    public static final String NAME = "Local";
    public static final String HOST_NAMESPACE = HostMetrics.NAMESPACE;
    /** ValidationMetrics.NAMESPACE, written out: the quality package already depends on monitor. */
    public static final String QUALITY_NAMESPACE = "DataOps/Quality";
    public static final MetricId CPU = MetricId.of(HOST_NAMESPACE, "CPUUtilization", Map.of());
    public static final MetricId MEMORY = MetricId.of(HOST_NAMESPACE, "MemoryUtilization", Map.of());
    public static final MetricId QUALITY_SUCCESS = MetricId.of(QUALITY_NAMESPACE, "SuccessPercent", Map.of());

    private LocalDashboard() {
    }

    public static Dashboard create() {
        Widget cpu = new Widget("local-cpu", WidgetType.LINE, "CPU utilization (%)",
                List.of(new WidgetMetric(CPU, Statistic.AVERAGE), new WidgetMetric(CPU, Statistic.MAXIMUM)),
                List.of(), Widget.AUTO, 0, 0, 6, 4);
        Widget memory = new Widget("local-memory", WidgetType.STACKED_AREA, "Memory utilization (%)",
                List.of(new WidgetMetric(MEMORY, Statistic.AVERAGE)), List.of(), Widget.AUTO, 6, 0, 6, 4);
        Widget quality = new Widget("local-quality", WidgetType.LINE, "Data quality: success ratio (%)",
                List.of(new WidgetMetric(QUALITY_SUCCESS, Statistic.AVERAGE)), List.of(), Widget.AUTO, 0, 4, 8, 4);
        Widget cpuNow = new Widget("local-cpu-now", WidgetType.NUMBER, "CPU now (%)",
                List.of(new WidgetMetric(CPU, Statistic.AVERAGE)), List.of(), Widget.AUTO, 8, 4, 4, 2);
        Widget memoryNow = new Widget("local-memory-now", WidgetType.NUMBER, "Memory now (%)",
                List.of(new WidgetMetric(MEMORY, Statistic.AVERAGE)), List.of(), Widget.AUTO, 8, 6, 4, 2);
        return new Dashboard(NAME, List.of(cpu, memory, quality, cpuNow, memoryNow));
    }
}
