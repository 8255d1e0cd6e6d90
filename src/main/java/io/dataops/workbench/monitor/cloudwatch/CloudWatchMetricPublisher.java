package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchFailures.CloudWatchException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;

/**
 * Publishes custom metrics with PutMetricData: points CloudWatch would refuse ({@link DataPointLimits}) are left
 * out and counted by reason, the rest go in as few calls as the API's limits allow ({@link PutMetricDataBatches}).
 * A failed call stops the publication; its message says how much had been sent before.
 */
public final class CloudWatchMetricPublisher {

    private final CloudWatchConnection connection;
    private final CloudWatchClient client;
    private final DataPointLimits limits;

    public CloudWatchMetricPublisher(CloudWatchConnection connection, CloudWatchClient client, DataPointLimits limits) {
        this.connection = connection;
        this.client = client;
        this.limits = limits;
    }

    public PublishSummary publish(List<MetricDataPoint> points, TaskContext context) {
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<MetricDataPoint> sendable = new ArrayList<>();
        for (MetricDataPoint point : points) {
            Optional<String> refusal = limits.refusal(point);
            if (refusal.isPresent()) {
                if (skipped.merge(refusal.get(), 1, Integer::sum) == 1) {
                    notes.add("Not sent: " + point.label() + " (value " + point.value() + "): " + refusal.get() + ".");
                }
            } else {
                sendable.add(point);
            }
        }
        List<PutMetricDataBatches.Batch> batches = PutMetricDataBatches.split(sendable);
        int calls = 0;
        int sent = 0;
        for (PutMetricDataBatches.Batch batch : batches) {
            context.checkCancelled();
            context.progress(sent, sendable.size());
            PutMetricDataRequest request = PutMetricDataRequest.builder()
                    .namespace(batch.namespace())
                    .metricData(batch.points().stream().map(CloudWatchMetricPublisher::datum).toList())
                    .build();
            try {
                CloudWatchFailures.call(connection, "publish metrics to " + batch.namespace(),
                        () -> client.putMetricData(request));
            } catch (CloudWatchException e) {
                if (sent == 0) {
                    throw e;
                }
                throw new CloudWatchException(e.getMessage() + " Before that, " + sent + " of " + sendable.size()
                        + " data points had been published in " + calls + " call" + (calls == 1 ? "" : "s") + ".",
                        e.transientFailure(), e.getCause());
            }
            calls++;
            sent += batch.points().size();
        }
        context.progress(sent, sendable.size());
        return new PublishSummary(calls, sent, skipped, notes);
    }

    private static MetricDatum datum(MetricDataPoint point) {
        return MetricDatum.builder()
                .metricName(point.name())
                .dimensions(point.dimensions().entrySet().stream()
                        .map(d -> Dimension.builder().name(d.getKey()).value(d.getValue()).build()).toList())
                .timestamp(point.timestamp())
                .value(point.value())
                .unit(point.unit())
                .build();
    }
}
