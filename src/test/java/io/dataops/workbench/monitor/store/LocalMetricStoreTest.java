package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LocalMetricStoreTest {

    static final MetricId CPU = MetricId.of("Workbench/Host", "CPUUtilization", Map.of("Host", "box"));
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    Workspace workspace;
    LocalMetricStore store;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        store = new LocalMetricStore(workspace::connect);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Samples at T0 + seconds, values as given. */
    static List<MetricSample> samples(MetricId metric, long[] seconds, double[] values) {
        List<MetricSample> samples = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            samples.add(new MetricSample(metric, "Percent", T0.plusSeconds(seconds[i]), values[i]));
        }
        return samples;
    }

    List<Datapoint> query(Statistic statistic, Duration period, Instant from, Instant to) {
        return store.query(new MetricQuery(CPU, statistic, period, from, to), TaskContext.none()).datapoints();
    }

    @Test
    void statisticsPerMinuteMatchHandComputedValuesAndSkipEmptyPeriods() {
        // minute 0: 1, 2, 3, 10 ; minute 1: nothing ; minute 2: 5, 7
        store.put(samples(CPU, new long[] {0, 10, 20, 59, 120, 179}, new double[] {1, 2, 3, 10, 5, 7}));
        Instant to = T0.plusSeconds(180);
        assertThat(query(Statistic.AVERAGE, Duration.ofMinutes(1), T0, to)).containsExactly(
                new Datapoint(T0, 4.0), new Datapoint(T0.plusSeconds(120), 6.0));
        assertThat(query(Statistic.SUM, Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(16.0, 12.0);
        assertThat(query(Statistic.MINIMUM, Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(1.0, 5.0);
        assertThat(query(Statistic.MAXIMUM, Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(10.0, 7.0);
        assertThat(query(Statistic.SAMPLE_COUNT, Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(4.0, 2.0);
        // 30 s periods are not whole minutes: read from raw samples (0+10+20 s, then 59 s, ...).
        assertThat(query(Statistic.SUM, Duration.ofSeconds(30), T0, to)).containsExactly(new Datapoint(T0, 6.0),
                new Datapoint(T0.plusSeconds(30), 10.0), new Datapoint(T0.plusSeconds(120), 5.0),
                new Datapoint(T0.plusSeconds(150), 7.0));
        assertThat(store.query(new MetricQuery(CPU, Statistic.SUM, Duration.ofMinutes(1), T0, to), TaskContext.none()).unit())
                .isEqualTo("Percent");
    }

    @Test
    void percentilesUseNearestRank() {
        double[] values = {15, 20, 35, 40, 50};
        store.put(samples(CPU, new long[] {1, 2, 3, 4, 5}, values));
        Instant to = T0.plusSeconds(60);
        // n = 5: p30 -> rank ceil(1.5) = 2 -> 20; p40 -> rank 2 -> 20; p50 -> rank 3 -> 35; p100 -> 50; p0 -> min.
        assertThat(query(Statistic.parse("p30"), Duration.ofMinutes(1), T0, to)).containsExactly(new Datapoint(T0, 20.0));
        assertThat(query(Statistic.parse("p40"), Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(20.0);
        assertThat(query(Statistic.parse("p50"), Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(35.0);
        assertThat(query(Statistic.parse("p99.9"), Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(50.0);
        assertThat(query(Statistic.parse("p0"), Duration.ofMinutes(1), T0, to)).extracting(Datapoint::value).containsExactly(15.0);
    }

    @Test
    void periodsAreAlignedToTheEpochAndTheRangeWidensToWholePeriods() {
        // 5-minute periods start at :00, :05, ...; samples at 10:03 and 10:07 fall into 10:00 and 10:05.
        store.put(samples(CPU, new long[] {180, 420}, new double[] {3, 7}));
        List<Datapoint> points = query(Statistic.MAXIMUM, Duration.ofMinutes(5), T0.plusSeconds(150), T0.plusSeconds(301));
        assertThat(points).containsExactly(new Datapoint(T0, 3.0), new Datapoint(T0.plusSeconds(300), 7.0));
        // A range ending exactly at a period start leaves that period out.
        assertThat(query(Statistic.MAXIMUM, Duration.ofMinutes(5), T0, T0.plusSeconds(300))).containsExactly(new Datapoint(T0, 3.0));
        // One-hour periods (answered from the hourly roll-up) start on the hour.
        assertThat(query(Statistic.SAMPLE_COUNT, Duration.ofHours(1), T0.plusSeconds(1800), T0.plusSeconds(1900)))
                .containsExactly(new Datapoint(T0, 2.0));
    }

    @Test
    void rollupsAndRawSamplesAgreeAcrossSeveralWrites() {
        List<MetricSample> all = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3_000; i++) {
            all.add(new MetricSample(CPU, "Percent", T0.plusMillis(random.nextInt(3 * 3_600_000)), random.nextGaussian() * 10));
        }
        // Written in three unordered parts, so buckets are created by one write and added to by the next.
        store.put(all.subList(0, 1000));
        store.put(all.subList(1000, 2000));
        store.put(all.subList(2000, 3000));
        Instant to = T0.plusSeconds(3 * 3600);
        for (Statistic statistic : List.of(Statistic.AVERAGE, Statistic.SUM, Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.SAMPLE_COUNT)) {
            List<Datapoint> fromHourly = query(statistic, Duration.ofHours(1), T0, to);
            List<Datapoint> fromMinutes = query(statistic, Duration.ofMinutes(60), T0, to);
            List<Datapoint> fromRaw = query(statistic, Duration.ofSeconds(3600).plusMillis(0), T0, to);
            assertThat(fromHourly).hasSize(3);
            assertThat(fromHourly).extracting(Datapoint::timestamp).containsExactlyElementsOf(
                    fromRaw.stream().map(Datapoint::timestamp).toList());
            for (int i = 0; i < 3; i++) {
                double expected = expected(all, statistic, T0.plusSeconds(3600L * i));
                assertThat(fromHourly.get(i).value()).as(statistic + " hour " + i).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(fromMinutes.get(i).value()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        // 90 s periods read raw samples: counts add up to every sample.
        double count = query(Statistic.SAMPLE_COUNT, Duration.ofSeconds(90), T0, to).stream().mapToDouble(Datapoint::value).sum();
        assertThat(count).isEqualTo(3000.0);
    }

    private static double expected(List<MetricSample> all, Statistic statistic, Instant hour) {
        java.util.DoubleSummaryStatistics s = all.stream()
                .filter(x -> !x.timestamp().isBefore(hour) && x.timestamp().isBefore(hour.plusSeconds(3600)))
                .mapToDouble(MetricSample::value).summaryStatistics();
        switch (statistic.kind()) {
            case AVERAGE: return s.getAverage();
            case SUM: return s.getSum();
            case MINIMUM: return s.getMin();
            case MAXIMUM: return s.getMax();
            default: return s.getCount();
        }
    }

    @Test
    void listsMetricsByNamespaceAndAnswersUnknownMetricsEmpty() {
        MetricId quality = MetricId.of("DataOps/Quality", "SuccessPercent", Map.of("Suite", "s", "Asset", "a"));
        store.put(List.of(new MetricSample(CPU, "Percent", T0, 1), new MetricSample(quality, "Percent", T0, 100)));
        assertThat(store.listMetrics(null)).extracting(d -> d.id().namespace(), d -> d.id().name())
                .containsExactly(tuple("DataOps/Quality", "SuccessPercent"), tuple("Workbench/Host", "CPUUtilization"));
        List<MetricDescriptor> host = store.listMetrics("Workbench/Host");
        assertThat(host).containsExactly(new MetricDescriptor(CPU, "Percent"));
        MetricSeries unknown = store.query(new MetricQuery(MetricId.of("X", "Y", Map.of()), Statistic.SUM,
                Duration.ofMinutes(1), T0, T0.plusSeconds(60)), TaskContext.none());
        assertThat(unknown.datapoints()).isEmpty();
        // Dimension order does not matter: the same series.
        MetricId reordered = MetricId.of("DataOps/Quality", "SuccessPercent", new java.util.LinkedHashMap<>(Map.of("Asset", "a", "Suite", "s")));
        assertThat(store.query(new MetricQuery(reordered, Statistic.SUM, Duration.ofMinutes(1), T0, T0.plusSeconds(60)),
                TaskContext.none()).datapoints()).containsExactly(new Datapoint(T0, 100.0));
    }
}
