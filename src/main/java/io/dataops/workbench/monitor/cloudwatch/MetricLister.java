package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import java.util.List;

/** Where the CloudWatch source gets its metric list from: the workspace's cache of ListMetrics, or ListMetrics itself. */
@FunctionalInterface
public interface MetricLister {

    /** The metrics of one namespace, or of all when {@code namespace} is null. */
    List<MetricDescriptor> list(String namespace, TaskContext context);
}
