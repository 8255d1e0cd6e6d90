package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricId;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.RecentlyActive;

/**
 * Walks ListMetrics page by page (up to 500 metrics each, following {@code NextToken}), handing each page to
 * the caller as it arrives: progress after every page, cancellation checked between pages so a cancel never
 * leaves a half-read page behind.
 */
final class ListMetricsPages {

    private ListMetricsPages() {
    }

    /** Returns the number of metrics seen; {@code namespace} null lists every namespace. */
    static long forEach(CloudWatchClient client, CloudWatchConnection connection, String namespace,
                        boolean recentlyActive, TaskContext context, Consumer<List<MetricId>> page) {
        String token = null;
        long seen = 0;
        int pages = 0;
        do {
            context.checkCancelled();
            ListMetricsRequest.Builder request = ListMetricsRequest.builder();
            if (namespace != null && !namespace.isBlank()) {
                request.namespace(namespace.trim());
            }
            if (recentlyActive) {
                request.recentlyActive(RecentlyActive.PT3_H);
            }
            if (token != null) {
                request.nextToken(token);
            }
            ListMetricsResponse response = CloudWatchFailures.call(connection, "list the CloudWatch metrics",
                    () -> client.listMetrics(request.build()));
            List<MetricId> ids = response.metrics().stream().map(ListMetricsPages::id).toList();
            page.accept(ids);
            seen += ids.size();
            pages++;
            String next = response.nextToken() == null || response.nextToken().isEmpty() ? null : response.nextToken();
            if (next != null && next.equals(token)) {
                // A token that leads back to itself would page forever (seen with misbehaving proxies/emulators).
                throw new UserFacingException("CloudWatch at " + connection.describe() + " answered ListMetrics"
                        + " with the same NextToken twice, so the list never ends; " + seen + " metrics were read."
                        + " Check the endpoint override, or list one namespace at a time.");
            }
            token = next;
            // The total is unknown until the last page: show pages done against one more still to come.
            context.progress(pages, token == null ? pages : pages + 1);
            context.message("Listed " + String.format(java.util.Locale.ROOT, "%,d", seen) + " metrics (" + pages
                    + (pages == 1 ? " page)" : " pages)"));
        } while (token != null);
        return seen;
    }

    static MetricId id(Metric metric) {
        TreeMap<String, String> dimensions = new TreeMap<>();
        for (Dimension dimension : metric.dimensions()) {
            dimensions.put(dimension.name(), dimension.value() == null ? "" : dimension.value());
        }
        return new MetricId(metric.namespace(), metric.metricName(), dimensions);
    }
}
