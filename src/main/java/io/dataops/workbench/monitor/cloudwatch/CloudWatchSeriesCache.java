package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Series already fetched from CloudWatch, so a repeated range costs nothing and a moving range asks only for
 * what it lacks. Per (connection, metric, statistic, period) it holds one settled stretch {@code [from, to)}:
 * only periods that ended a while ago ({@link #settledBefore}) are kept, as CloudWatch may still add late data
 * to recent ones. Bounded: the least recently used entries go first, and an entry keeps at most
 * {@link CloudWatchPeriods#MAX_DATAPOINTS} points.
 */
public final class CloudWatchSeriesCache {

    /** What a key names: one statistic of one metric at one period, on one connection. */
    public record Key(CloudWatchConnection connection, MetricId metric, Statistic statistic, Duration period) {
    }

    /** The settled stretch held: every datapoint CloudWatch had in {@code [from, to)}. */
    public record Held(Instant from, Instant to, List<Datapoint> points) {

        public Held {
            points = List.copyOf(points);
        }

        public boolean covers(Instant start, Instant end) {
            return !start.isBefore(from) && !end.isAfter(to);
        }

        /** The points in {@code [start, end)}. */
        public List<Datapoint> between(Instant start, Instant end) {
            List<Datapoint> found = new ArrayList<>();
            for (Datapoint point : points) {
                if (!point.timestamp().isBefore(start) && point.timestamp().isBefore(end)) {
                    found.add(point);
                }
            }
            return found;
        }
    }

    private static final CloudWatchSeriesCache SHARED = new CloudWatchSeriesCache(5_000);
    /** CloudWatch can take a few minutes to settle a period; a recent one is fetched again, never cached. */
    private static final Duration SETTLE_AT_LEAST = Duration.ofMinutes(5);
    private static final int SETTLE_PERIODS = 3;

    private final int maxEntries;
    private final Map<Key, Held> entries;

    public CloudWatchSeriesCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Held> eldest) {
                return size() > CloudWatchSeriesCache.this.maxEntries;
            }
        };
    }

    /** The cache every CloudWatch source of the application shares (5,000 series). */
    public static CloudWatchSeriesCache shared() {
        return SHARED;
    }

    /** The end of what is settled at {@code now}: the start of the period a few periods (at least 5 minutes) back. */
    public static Instant settledBefore(Instant now, Duration period) {
        Duration margin = period.multipliedBy(SETTLE_PERIODS);
        Instant edge = now.minus(margin.compareTo(SETTLE_AT_LEAST) < 0 ? SETTLE_AT_LEAST : margin);
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(edge.toEpochMilli(), millis) * millis);
    }

    public synchronized Optional<Held> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Keeps what a fetch answered for {@code [from, to)} (complete data only), joined to {@code previous} when
     * the fetch continued it, cut at what is settled at {@code now}.
     */
    public synchronized void store(Key key, Instant from, Instant to, List<Datapoint> points, Optional<Held> previous,
                                   Instant now) {
        Instant end = min(to, settledBefore(now, key.period()));
        List<Datapoint> kept = new ArrayList<>();
        Instant start = from;
        if (previous.isPresent() && !from.isBefore(previous.get().from()) && !from.isAfter(previous.get().to())) {
            start = previous.get().from();
            kept.addAll(previous.get().between(start, from));
        }
        if (!start.isBefore(end)) {
            return;
        }
        for (Datapoint point : points) {
            if (point.timestamp().isBefore(end)) {
                kept.add(point);
            }
        }
        if (kept.size() > CloudWatchPeriods.MAX_DATAPOINTS) {
            kept = new ArrayList<>(kept.subList(kept.size() - (int) CloudWatchPeriods.MAX_DATAPOINTS, kept.size()));
            start = kept.get(0).timestamp();
        }
        entries.put(key, new Held(start, end, kept));
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
