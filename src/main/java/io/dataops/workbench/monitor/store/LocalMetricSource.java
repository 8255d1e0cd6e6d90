package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.util.List;

/** The workspace's metric store as a {@link MetricSource}: {@code new LocalMetricSource(new LocalMetricStore(workspace::connect))}. */
public final class LocalMetricSource implements MetricSource {

    public static final String NAME = "local";

    private final LocalMetricStore store;

    public LocalMetricSource(LocalMetricStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<MetricDescriptor> listMetrics(String namespace, TaskContext context) {
        context.checkCancelled();
        return store.listMetrics(namespace);
    }

    @Override
    public List<MetricSeries> query(List<MetricQuery> queries, TaskContext context) {
        return store.query(queries, context);
    }
}
