package io.dataops.workbench.quality.validation.store;

import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.quality.validation.checkpoint.MetricDatum;
import io.dataops.workbench.quality.validation.checkpoint.MetricSink;
import java.util.List;

/** Writes metric data points to the workspace's metric store, where the monitoring area charts and alarms on them. */
public final class WorkspaceMetricSink implements MetricSink {

    private final LocalMetricStore store;

    public WorkspaceMetricSink(ConnectionOpener connections) {
        this.store = new LocalMetricStore(connections::open);
    }

    @Override
    public void publish(List<MetricDatum> data) {
        store.put(data.stream().map(WorkspaceMetricSink::sample).toList());
    }

    private static MetricSample sample(MetricDatum datum) {
        return new MetricSample(MetricId.of(datum.namespace(), datum.name(), datum.dimensions()), datum.unit(),
                datum.timestamp(), datum.value());
    }
}
