package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchQuery.ExpressionQuery;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchQuery.MetricStatQuery;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * GetMetricData with queries the user composes: metrics and metric math in one call (an expression may refer
 * to the id of any metric of the same call; give that metric {@code returnData} false to keep it out of the
 * answer), SEARCH expressions, and Metrics Insights queries (one per call, on the last 3 hours only, as
 * CloudWatch requires). Periods are rounded up as {@link CloudWatchPeriods} explains. Dashboards use
 * {@link CloudWatchMetricSource}, which packs many plain metric queries into as few calls as it can.
 */
public final class CloudWatchMetricData {

    /** GetMetricData takes at most this many queries per call. */
    public static final int MAX_QUERIES_PER_CALL = 500;
    /** Metrics Insights queries only reach this far back. */
    public static final Duration INSIGHTS_RANGE = Duration.ofHours(3);

    private final CloudWatchConnection connection;
    private final CloudWatchClient client;
    private final CloudWatchUsage usage;
    private final Clock clock;

    public CloudWatchMetricData(CloudWatchConnection connection, CloudWatchClient client, CloudWatchUsage usage,
                                Clock clock) {
        this.connection = connection;
        this.client = client;
        this.usage = usage;
        this.clock = clock;
    }

    public CloudWatchUsage usage() {
        return usage;
    }

    /**
     * One GetMetricData call (and its NextToken pages) for {@code [from, to)}: a series per query that returns
     * data, in the order given; a SEARCH or Insights query gives one per series found (told apart by label).
     */
    public CloudWatchData fetch(List<CloudWatchQuery> queries, Instant from, Instant to, TaskContext context) {
        Instant now = clock.instant();
        check(queries, from, to, now);
        List<String> notes = new ArrayList<>();
        Set<String> periodNotes = new LinkedHashSet<>();
        List<MetricDataQuery> request = new ArrayList<>();
        for (CloudWatchQuery query : queries) {
            if (query instanceof MetricStatQuery stat) {
                CloudWatchPeriods.Choice choice = CloudWatchPeriods.choice(from, to, stat.period(), now);
                choice.reason().ifPresent(r -> periodNotes.add(stat.id() + ": " + r));
                request.add(metricStat(stat.id(), stat.metric(), stat.statistic(), choice.period(),
                        stat.label().orElse(null), stat.returnData()));
            } else if (query instanceof ExpressionQuery expression) {
                request.add(expression(expression, from, to, now, periodNotes));
            }
        }
        notes.addAll(periodNotes);
        context.message("GetMetricData: " + queries.size() + " queries");
        Map<String, List<CloudWatchSeries>> answered = MetricDataCall.run(client, connection, usage, request, from, to,
                notes, context);
        List<CloudWatchSeries> series = new ArrayList<>();
        for (CloudWatchQuery query : queries) {
            if (query.returnData()) {
                for (CloudWatchSeries s : answered.getOrDefault(query.id(), List.of(CloudWatchSeries.empty(query.id())))) {
                    series.add(s);
                    note(s, notes);
                }
            }
        }
        return new CloudWatchData(series, notes);
    }

    static MetricDataQuery metricStat(String id, MetricId metric, Statistic statistic, Duration period, String label,
                                      boolean returnData) {
        List<Dimension> dimensions = new ArrayList<>();
        metric.dimensions().forEach((name, value) -> dimensions.add(Dimension.builder().name(name).value(value).build()));
        MetricStat stat = MetricStat.builder()
                .metric(Metric.builder().namespace(metric.namespace()).metricName(metric.name())
                        .dimensions(dimensions).build())
                .period(Math.toIntExact(period.toSeconds()))
                .stat(statistic.toString())
                .build();
        return MetricDataQuery.builder().id(id).metricStat(stat).label(label).returnData(returnData).build();
    }

    /** Adds what the user should know of a series that is not complete. */
    static void note(CloudWatchSeries series, List<String> notes) {
        if (!series.complete()) {
            notes.add(series.label() + " (" + series.id() + "): " + (CloudWatchSeries.PARTIAL.equals(series.status())
                    ? "CloudWatch returned only part of the data (PartialData) after every NextToken page"
                    : "CloudWatch answered " + series.status())
                    + (series.messages().isEmpty() ? "" : " — " + String.join("; ", series.messages())));
        }
    }

    private MetricDataQuery expression(ExpressionQuery query, Instant from, Instant to, Instant now,
                                       Set<String> periodNotes) {
        Integer period = null;
        if (query.period().isPresent()) {
            CloudWatchPeriods.Choice choice = CloudWatchPeriods.choice(from, to, query.period().get(), now);
            choice.reason().ifPresent(r -> periodNotes.add(query.id() + ": " + r));
            period = Math.toIntExact(choice.period().toSeconds());
        } else if (query.insights()) {
            period = Math.toIntExact(CloudWatchPeriods.choose(from, to, Duration.ofMinutes(1), now).toSeconds());
        }
        return MetricDataQuery.builder().id(query.id()).expression(query.expression())
                .label(query.label().orElse(null)).period(period).returnData(query.returnData()).build();
    }

    private static void check(List<CloudWatchQuery> queries, Instant from, Instant to, Instant now) {
        if (queries.isEmpty()) {
            throw new UserFacingException("Nothing to fetch from CloudWatch: give at least one metric or expression.");
        }
        if (!from.isBefore(to)) {
            throw new UserFacingException("The time range is empty: " + from + " is not before " + to + ".");
        }
        if (queries.size() > MAX_QUERIES_PER_CALL) {
            throw new UserFacingException(queries.size() + " queries cannot go in one GetMetricData call: CloudWatch"
                    + " takes at most " + MAX_QUERIES_PER_CALL + ". Split them, or use a SEARCH expression.");
        }
        Set<String> ids = new HashSet<>();
        int insights = 0;
        for (CloudWatchQuery query : queries) {
            if (!ids.add(query.id())) {
                throw new UserFacingException("The query id '" + query.id() + "' is used twice in one call; give"
                        + " each metric and expression its own id.");
            }
            if (query instanceof ExpressionQuery expression && expression.insights()) {
                insights++;
            }
        }
        if (insights > 1) {
            throw new UserFacingException("A GetMetricData call takes one Metrics Insights (SELECT) query, not "
                    + insights + ": fetch them one at a time.");
        }
        if (insights == 1 && from.isBefore(now.minus(INSIGHTS_RANGE))) {
            throw new UserFacingException("Metrics Insights queries reach back 3 hours only, and this range starts at "
                    + from + " (" + Duration.between(from, now).toHours() + " h ago). Choose a range within the last"
                    + " 3 hours (e.g. --from -3h), or use metric math or SEARCH for older data.");
        }
    }
}
