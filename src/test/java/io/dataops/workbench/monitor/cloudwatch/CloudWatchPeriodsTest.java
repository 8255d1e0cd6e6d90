package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudWatchPeriodsTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    static long period(Duration age, Duration length, long wantedSeconds) {
        Instant from = NOW.minus(age);
        return CloudWatchPeriods.choose(from, from.plus(length), Duration.ofSeconds(wantedSeconds), NOW).toSeconds();
    }

    @Test
    void highResolutionPeriodsOnlyForTheLastThreeHours() {
        assertThat(period(Duration.ofHours(1), Duration.ofHours(1), 1)).isEqualTo(1);
        assertThat(period(Duration.ofHours(1), Duration.ofHours(1), 7)).isEqualTo(10);
        assertThat(period(Duration.ofHours(3), Duration.ofHours(1), 30)).isEqualTo(30);
        assertThat(period(Duration.ofHours(1), Duration.ofHours(1), 45)).isEqualTo(60);
        assertThat(period(Duration.ofHours(4), Duration.ofHours(1), 10)).isEqualTo(60);
        assertThat(period(Duration.ofHours(4), Duration.ofHours(1), 90)).isEqualTo(120);
    }

    @Test
    void olderDataIsAnsweredAtFiveMinutesThenHourly() {
        assertThat(period(Duration.ofDays(14), Duration.ofDays(1), 60)).isEqualTo(60);
        assertThat(period(Duration.ofDays(16), Duration.ofDays(1), 60)).isEqualTo(300);
        assertThat(period(Duration.ofDays(16), Duration.ofDays(1), 400)).isEqualTo(600);
        assertThat(period(Duration.ofDays(64), Duration.ofDays(1), 300)).isEqualTo(3600);
        assertThat(period(Duration.ofDays(100), Duration.ofDays(1), 86_400)).isEqualTo(86_400);
    }

    @Test
    void noQueryExceedsTheDatapointsOfOneCallAndTheReasonIsGiven() {
        // From 2 hours ago to 30 days ahead at one second would be 2.8 million datapoints.
        Instant from = NOW.minus(Duration.ofHours(2));
        CloudWatchPeriods.Choice choice = CloudWatchPeriods.choice(from, NOW.plus(Duration.ofDays(30)),
                Duration.ofSeconds(1), NOW);
        long seconds = choice.period().toSeconds();
        assertThat(seconds).isEqualTo(30);
        assertThat(Duration.ofDays(30).plusHours(2).toSeconds() / seconds).isLessThanOrEqualTo(CloudWatchPeriods.MAX_DATAPOINTS);
        assertThat(choice.reason()).hasValueSatisfying(r -> assertThat(r).contains("100800"));
        assertThat(CloudWatchPeriods.choice(from, NOW, Duration.ofSeconds(60), NOW).reason()).isEmpty();
    }

    @Test
    void theCacheKeepsOnlySettledPeriodsAndForgetsTheLeastRecentlyUsed() {
        CloudWatchSeriesCache cache = new CloudWatchSeriesCache(2);
        CloudWatchConnection connection = CloudWatchConnection.of(null, "eu-west-1", null);
        Duration minute = Duration.ofMinutes(1);
        List<CloudWatchSeriesCache.Key> keys = List.of("a", "b", "c").stream().map(name -> new CloudWatchSeriesCache.Key(
                connection, MetricId.of("N", name, Map.of()), Statistic.AVERAGE, minute)).toList();
        Instant from = NOW.minus(Duration.ofHours(1));
        List<Datapoint> points = List.of(new Datapoint(from, 1), new Datapoint(NOW.minus(minute), 2));
        cache.store(keys.get(0), from, NOW, points, Optional.empty(), NOW);
        assertThat(cache.get(keys.get(0))).hasValueSatisfying(held -> {
            assertThat(held.to()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
            assertThat(held.points()).containsExactly(new Datapoint(from, 1));
        });
        cache.store(keys.get(1), from, NOW, points, Optional.empty(), NOW);
        cache.get(keys.get(0));
        cache.store(keys.get(2), from, NOW, points, Optional.empty(), NOW);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(keys.get(1))).isEmpty();
        assertThat(cache.get(keys.get(0))).isPresent();
    }
}
