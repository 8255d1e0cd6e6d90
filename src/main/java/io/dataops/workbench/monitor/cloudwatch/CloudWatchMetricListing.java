package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * ListMetrics with no cache: what the CLI uses, where there is no workspace and a listing should be current.
 * ListMetrics does not report units, so every metric's unit is {@code None}.
 */
public final class CloudWatchMetricListing implements MetricLister {

    private final CloudWatchClient client;
    private final CloudWatchConnection connection;
    private final boolean recentlyActive;

    public CloudWatchMetricListing(CloudWatchClient client, CloudWatchConnection connection, boolean recentlyActive) {
        this.client = client;
        this.connection = connection;
        this.recentlyActive = recentlyActive;
    }

    @Override
    public List<MetricDescriptor> list(String namespace, TaskContext context) {
        List<MetricId> all = new ArrayList<>();
        ListMetricsPages.forEach(client, connection, namespace, recentlyActive, context, all::addAll);
        return all.stream().distinct().sorted(CloudWatchMetricListing.ORDER)
                .map(id -> new MetricDescriptor(id, "None")).toList();
    }

    /** Namespace, then name, then dimension set: the order of the CLI's listing and of the catalog's. */
    static final Comparator<MetricId> ORDER = Comparator.comparing(MetricId::namespace)
            .thenComparing(MetricId::name).thenComparing(MetricId::label);
}
