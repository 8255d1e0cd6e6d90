package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchSeriesCache.Held;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchSeriesCache.Key;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;

/**
 * CloudWatch as a {@link MetricSource}: data through GetMetricData only. The queries of one {@link #query} call
 * are grouped by time range (a call has one), identical ones asked once, and packed into as few calls as the
 * API allows ({@link QueryBatches}: 500 queries, 100,800 datapoints). Periods CloudWatch cannot answer for
 * the range are rounded up ({@link CloudWatchPeriods}). Settled data is kept in a {@link CloudWatchSeriesCache}
 * so a repeated range asks for nothing and a moving one only for what it lacks. What a query could not
 * fully get (PartialData after every page, rounded periods) is told by {@link #lastFetch()}.
 */
public final class CloudWatchMetricSource implements MetricSource {

    public static final String NAME = "cloudwatch";
    /** GetMetricData does not answer units; ListMetrics does not either. */
    public static final String UNIT = "None";

    private final CloudWatchConnection connection;
    private final CloudWatchClient client;
    private final MetricLister lister;
    private final Clock clock;
    private final CloudWatchSeriesCache cache;
    private final CloudWatchUsage usage;
    private volatile FetchReport lastFetch = new FetchReport(false, List.of(), 0, 0);

    /** With the application's shared series cache and usage counters of its own. */
    public CloudWatchMetricSource(CloudWatchConnection connection, CloudWatchClient client, MetricLister lister,
                                  Clock clock) {
        this(connection, client, lister, clock, CloudWatchSeriesCache.shared(), new CloudWatchUsage());
    }

    public CloudWatchMetricSource(CloudWatchConnection connection, CloudWatchClient client, MetricLister lister,
                                  Clock clock, CloudWatchSeriesCache cache, CloudWatchUsage usage) {
        this.connection = connection;
        this.client = client;
        this.lister = lister;
        this.clock = clock;
        this.cache = cache;
        this.usage = usage;
    }

    /** What the last {@link #query} could not fully answer, and what it cost. */
    public record FetchReport(boolean partial, List<String> notes, long calls, long seriesFromCache) {

        public FetchReport {
            notes = List.copyOf(notes);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    public CloudWatchConnection connection() {
        return connection;
    }

    public CloudWatchUsage usage() {
        return usage;
    }

    public FetchReport lastFetch() {
        return lastFetch;
    }

    public List<String> lastFetchNotes() {
        return lastFetch.notes();
    }

    /** Metric math, SEARCH and Metrics Insights on the same connection, counted in the same usage. */
    public CloudWatchMetricData metricData() {
        return new CloudWatchMetricData(connection, client, usage, clock);
    }

    @Override
    public List<MetricDescriptor> listMetrics(String namespace, TaskContext context) {
        return lister.list(namespace, context);
    }

    @Override
    public List<MetricSeries> query(List<MetricQuery> queries, TaskContext context) {
        Instant now = clock.instant();
        long callsBefore = usage.calls();
        long cachedBefore = usage.seriesFromCache();
        MetricSeries[] answers = new MetricSeries[queries.size()];
        Set<String> notes = new LinkedHashSet<>();
        Map<Range, Map<Key, Need>> byRange = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            MetricQuery query = queries.get(i);
            CloudWatchPeriods.Choice choice = CloudWatchPeriods.choice(query.from(), query.to(), query.period(), now);
            choice.reason().ifPresent(notes::add);
            MetricQuery effective = new MetricQuery(query.metric(), query.statistic(), choice.period(), query.from(),
                    query.to());
            Key key = new Key(connection, query.metric(), query.statistic(), choice.period());
            Optional<Held> held = cache.get(key);
            if (held.isPresent() && held.get().covers(query.from(), query.to())) {
                answers[i] = new MetricSeries(effective, UNIT, held.get().between(query.from(), query.to()));
                usage.recordFromCache();
                continue;
            }
            Optional<Held> continued = held.filter(h -> !query.from().isBefore(h.from()) && query.from().isBefore(h.to()));
            Instant needFrom = continued.map(Held::to).orElse(query.from());
            byRange.computeIfAbsent(new Range(query.from(), query.to()), r -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new Need(effective, k, continued, needFrom, new ArrayList<>()))
                    .indexes().add(i);
        }
        List<Call> calls = plan(byRange);
        boolean partial = false;
        for (int c = 0; c < calls.size(); c++) {
            context.checkCancelled();
            context.message("GetMetricData " + (c + 1) + " of " + calls.size());
            partial |= run(calls.get(c), now, notes, answers, context);
            context.progress(c + 1, calls.size());
        }
        lastFetch = new FetchReport(partial, new ArrayList<>(notes), usage.calls() - callsBefore,
                usage.seriesFromCache() - cachedBefore);
        return Arrays.asList(answers);
    }

    /** One call per batch: a range's queries are fetched from the earliest point any of them lacks. */
    private static List<Call> plan(Map<Range, Map<Key, Need>> byRange) {
        List<Call> calls = new ArrayList<>();
        byRange.forEach((range, needs) -> {
            List<Need> list = new ArrayList<>(needs.values());
            Instant from = list.stream().map(Need::from).min(Instant::compareTo).orElse(range.from());
            List<Duration> periods = list.stream().map(n -> n.query().period()).toList();
            for (List<Integer> batch : QueryBatches.pack(periods, from, range.to())) {
                calls.add(new Call(from, range.to(), batch.stream().map(list::get).toList()));
            }
        });
        return calls;
    }

    /** Runs one call and fills the answers; true when some series stayed partial. */
    private boolean run(Call call, Instant now, Set<String> notes, MetricSeries[] answers, TaskContext context) {
        List<MetricDataQuery> request = new ArrayList<>();
        for (int j = 0; j < call.needs().size(); j++) {
            MetricQuery query = call.needs().get(j).query();
            request.add(CloudWatchMetricData.metricStat("m" + j, query.metric(), query.statistic(), query.period(),
                    null, true));
        }
        List<String> callNotes = new ArrayList<>();
        Map<String, List<CloudWatchSeries>> answered = MetricDataCall.run(client, connection, usage, request, call.from(),
                call.to(), callNotes, context);
        notes.addAll(callNotes);
        boolean partial = false;
        for (int j = 0; j < call.needs().size(); j++) {
            Need need = call.needs().get(j);
            CloudWatchSeries fetched = answered.getOrDefault("m" + j, List.of(CloudWatchSeries.empty("m" + j))).get(0);
            List<Datapoint> points = combine(need, fetched.datapoints(), call.from());
            MetricSeries series = new MetricSeries(need.query(), UNIT, points);
            need.indexes().forEach(i -> answers[i] = series);
            if (fetched.complete()) {
                cache.store(need.key(), need.query().from(), need.query().to(), points, need.held(), now);
            } else {
                partial = true;
                List<String> message = new ArrayList<>();
                CloudWatchMetricData.note(new CloudWatchSeries(fetched.id(), need.query().metric().label() + " "
                        + need.query().statistic(), fetched.status(), List.of(), fetched.messages()), message);
                notes.addAll(message);
            }
        }
        return partial;
    }

    /** The held points before what was fetched, then the fetched ones (they win where both have a period). */
    private static List<Datapoint> combine(Need need, List<Datapoint> fetched, Instant fetchedFrom) {
        if (need.held().isEmpty()) {
            return fetched;
        }
        Instant cut = fetched.isEmpty() || fetched.get(0).timestamp().isAfter(fetchedFrom) ? fetchedFrom
                : fetched.get(0).timestamp();
        List<Datapoint> points = new ArrayList<>(need.held().get().between(need.query().from(), cut));
        points.addAll(fetched);
        return points;
    }

    private record Range(Instant from, Instant to) {
    }

    /** One distinct series to fetch, the indexes of the queries it answers, and from when it lacks data. */
    private record Need(MetricQuery query, Key key, Optional<Held> held, Instant from, List<Integer> indexes) {
    }

    private record Call(Instant from, Instant to, List<Need> needs) {
    }
}
