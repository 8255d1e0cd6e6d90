package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MessageData;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * One GetMetricData request followed through its NextToken pages: values are concatenated per id, in time
 * order (the request asks for ascending timestamps, and the result is sorted anyway), and an id's status is
 * the one of its last page. Cancellation is checked before each page.
 */
final class MetricDataCall {

    /** A loop guard: a service that kept answering tokens would otherwise never end. */
    private static final int MAX_PAGES = 10_000;

    private MetricDataCall() {
    }

    /**
     * The series per id, in the order CloudWatch first answered them: one for a metric or math, one per label
     * for a SEARCH or Insights query (CloudWatch answers each of their series under the query's id). The
     * call-level messages go to {@code notes}.
     */
    static Map<String, List<CloudWatchSeries>> run(CloudWatchClient client, CloudWatchConnection connection,
                                             CloudWatchUsage usage, List<MetricDataQuery> queries, Instant from,
                                             Instant to, List<String> notes, TaskContext context) {
        int metrics = (int) queries.stream().filter(q -> q.metricStat() != null).count();
        Map<String, Map<String, Pages>> pages = new LinkedHashMap<>();
        Set<String> tokensSeen = new HashSet<>();
        String token = null;
        for (int page = 1; page <= MAX_PAGES; page++) {
            context.checkCancelled();
            GetMetricDataRequest request = GetMetricDataRequest.builder()
                    .metricDataQueries(queries).startTime(from).endTime(to)
                    .scanBy(ScanBy.TIMESTAMP_ASCENDING).nextToken(token).build();
            GetMetricDataResponse response = CloudWatchFailures.call(connection, "get metric data",
                    () -> client.getMetricData(request));
            usage.recordCall(metrics);
            for (MetricDataResult result : response.metricDataResults()) {
                pages.computeIfAbsent(result.id(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(String.valueOf(result.label()), label -> new Pages()).add(result);
            }
            for (MessageData message : response.messages()) {
                notes.add("CloudWatch: " + message.code() + ": " + message.value());
            }
            token = response.nextToken();
            if (token == null || token.isEmpty()) {
                break;
            }
            if (!tokensSeen.add(token)) {
                notes.add("CloudWatch answered the same NextToken twice; the data after it is missing.");
                break;
            }
        }
        Map<String, List<CloudWatchSeries>> series = new LinkedHashMap<>();
        pages.forEach((id, byLabel) -> series.put(id, byLabel.values().stream().map(p -> p.series(id)).toList()));
        return series;
    }

    /** What the pages said of one id so far. */
    private static final class Pages {
        private final List<Datapoint> points = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();
        private String label;
        private String status = CloudWatchSeries.COMPLETE;

        void add(MetricDataResult result) {
            List<Instant> timestamps = result.timestamps();
            List<Double> values = result.values();
            for (int i = 0; i < Math.min(timestamps.size(), values.size()); i++) {
                points.add(new Datapoint(timestamps.get(i), values.get(i)));
            }
            if (result.label() != null) {
                label = result.label();
            }
            if (result.statusCodeAsString() != null) {
                status = result.statusCodeAsString();
            }
            for (MessageData message : result.messages()) {
                messages.add(message.code() + ": " + message.value());
            }
        }

        CloudWatchSeries series(String id) {
            points.sort(Comparator.comparing(Datapoint::timestamp));
            return new CloudWatchSeries(id, label == null ? id : label, status, points, messages);
        }
    }
}
