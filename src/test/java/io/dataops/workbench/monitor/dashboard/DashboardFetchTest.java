package io.dataops.workbench.monitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DashboardFetchTest {

    private final AtomicReference<Instant> clock = new AtomicReference<>(Instant.parse("2026-02-01T10:00:05Z"));
    private final FakeMetricSource source = new FakeMetricSource(clock::get)
            .with(LocalDashboard.CPU, t -> t % 100)
            .with(LocalDashboard.MEMORY, t -> 50);

    @Test
    void aRefreshFetchesOnlyFromTheLastHeldPeriodAndMerges() {
        DashboardFetch fetch = new DashboardFetch(source, AlarmAnnotations.NONE);
        Dashboard dashboard = LocalDashboard.create();
        TimeRange lastHour = TimeRange.last(Duration.ofHours(1));

        Map<String, WidgetData> first = fetch.fetch(dashboard, lastHour, clock.get(), Map.of(), TaskContext.none());
        WidgetData cpu = first.get("local-cpu");
        assertThat(cpu.period()).isEqualTo(Duration.ofSeconds(10));
        assertThat(cpu.series()).hasSize(2);
        assertThat(cpu.series().get(0).points()).hasSize(360);
        assertThat(source.answered()).allMatch(q -> q.from().equals(Instant.parse("2026-02-01T09:00:05Z")));

        source.forget();
        clock.set(Instant.parse("2026-02-01T10:01:07Z"));
        Map<String, WidgetData> second = fetch.fetch(dashboard, lastHour, clock.get(), first, TaskContext.none());

        // The last period held started at 10:00:00; only [10:00:00, 10:01:07) is asked for.
        assertThat(source.answered()).extracting(MetricQuery::from)
                .containsOnly(Instant.parse("2026-02-01T10:00:00Z"));
        WidgetData merged = second.get("local-cpu");
        assertThat(merged.series().get(0).points()).hasSize(360);
        assertThat(merged.series().get(0).points().get(0).timestamp()).isEqualTo(Instant.parse("2026-02-01T09:01:10Z"));
        assertThat(merged.series().get(0).points()).extracting(Datapoint::timestamp).doesNotHaveDuplicates().isSorted();
        // What an incremental refresh gives equals a whole fetch at the same time.
        Map<String, WidgetData> whole = fetch.fetch(dashboard, lastHour, clock.get(), Map.of(), TaskContext.none());
        assertThat(merged.series()).isEqualTo(whole.get("local-cpu").series());
        assertThat(second.get("local-cpu-now").latestValue().orElseThrow()).isEqualTo(60.0);
    }

    @Test
    void anAbsoluteRangeOrAChangedWidgetIsFetchedWhole() {
        DashboardFetch fetch = new DashboardFetch(source, AlarmAnnotations.NONE);
        Dashboard dashboard = LocalDashboard.create();
        TimeRange fixed = TimeRange.between(Instant.parse("2026-02-01T09:00:00Z"), Instant.parse("2026-02-01T09:30:00Z"));
        Map<String, WidgetData> first = fetch.fetch(dashboard, fixed, clock.get(), Map.of(), TaskContext.none());
        source.forget();
        fetch.fetch(dashboard, fixed, clock.get(), first, TaskContext.none());
        assertThat(source.answered()).allMatch(q -> q.from().equals(Instant.parse("2026-02-01T09:00:00Z")));
    }
}
