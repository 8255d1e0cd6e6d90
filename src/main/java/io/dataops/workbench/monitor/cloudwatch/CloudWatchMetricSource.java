package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * CloudWatch as a {@link MetricSource}: data through GetMetricData only, every query of a call packed into as
 * few requests as the API allows; metric lists from a {@link MetricLister} (the workspace cache).
 */
public final class CloudWatchMetricSource implements MetricSource {

    public static final String NAME = "cloudwatch";

    private final CloudWatchConnection connection;
    private final CloudWatchClient client;
    private final MetricLister lister;
    private final Clock clock;

    public CloudWatchMetricSource(CloudWatchConnection connection, CloudWatchClient client, MetricLister lister,
                                  Clock clock) {
        this.connection = connection;
        this.client = client;
        this.lister = lister;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    public CloudWatchConnection connection() {
        return connection;
    }

    @Override
    public List<MetricDescriptor> listMetrics(String namespace, TaskContext context) {
        return lister.list(namespace, context);
    }

    @Override
    public List<MetricSeries> query(List<MetricQuery> queries, TaskContext context) {
        // CLOUDWATCH-QUERY: GetMetricData batching, NextToken, PartialData, cache (the query work fills this in).
        throw new UnsupportedOperationException("not yet");
    }
}
