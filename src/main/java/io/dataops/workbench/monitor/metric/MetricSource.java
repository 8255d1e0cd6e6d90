package io.dataops.workbench.monitor.metric;

import io.dataops.workbench.common.TaskContext;
import java.util.List;

/**
 * Where charts, dashboards and alarms get metrics from. The workspace's local store is the first
 * implementation; CloudWatch is the second. Calls may be slow (network, a big store): run them as tasks.
 */
public interface MetricSource {

    /** A short name for menus and the CLI's {@code --source}: {@code local}, {@code cloudwatch}. */
    String name();

    /** The metrics this source knows, optionally only those of one namespace (null for all). */
    List<MetricDescriptor> listMetrics(String namespace, TaskContext context);

    /**
     * Answers every query, in the order given. Implementations may batch (CloudWatch packs up to 500
     * queries into one call); a query for an unknown metric answers an empty series, not an error.
     */
    List<MetricSeries> query(List<MetricQuery> queries, TaskContext context);
}
