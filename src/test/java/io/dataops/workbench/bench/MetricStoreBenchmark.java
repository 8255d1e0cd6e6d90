package io.dataops.workbench.bench;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The local metric store at scale: writing 1,000,000 samples (10 series, one day, a sample every 0.864 s each)
 * into a fresh workspace, and querying one series over that day at 1-minute periods (1,440 datapoints): Average
 * from the 1-minute roll-up, p99 from the 100,000 raw samples. Run with
 * {@code mvn -B -q -Pbench verify -Dbench.args=MetricStoreBenchmark}.
 */
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class MetricStoreBenchmark {

    static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");
    static final int SERIES = 10;
    static final int PER_SERIES = 100_000;

    static List<MetricSample> samples() {
        Random random = new Random(42);
        List<MetricSample> samples = new ArrayList<>(SERIES * PER_SERIES);
        long step = Duration.ofDays(1).toMillis() / PER_SERIES;
        for (int i = 0; i < PER_SERIES; i++) {
            for (int s = 0; s < SERIES; s++) {
                samples.add(new MetricSample(metric(s), "Percent", DAY.plusMillis(i * step), 50 + 20 * random.nextGaussian()));
            }
        }
        return samples;
    }

    static MetricId metric(int series) {
        return MetricId.of("Bench/Host", "CPUUtilization", Map.of("Host", "host-" + series));
    }

    /** A fresh workspace per write, so each measurement writes 1,000,000 samples into an empty store. */
    @State(Scope.Benchmark)
    public static class Empty {
        final List<MetricSample> samples = samples();
        Path directory;
        Workspace workspace;

        @Setup(Level.Iteration)
        public void open() throws IOException {
            directory = Files.createTempDirectory("dataops-metric-bench-");
            workspace = Workspace.open(directory);
        }

        @TearDown(Level.Iteration)
        public void close() throws IOException {
            workspace.close();
            delete(directory);
        }
    }

    /** One workspace holding the 1,000,000 samples, for the queries. */
    @State(Scope.Benchmark)
    public static class Filled {
        Path directory;
        Workspace workspace;
        LocalMetricStore store;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            directory = Files.createTempDirectory("dataops-metric-bench-");
            workspace = Workspace.open(directory);
            store = new LocalMetricStore(workspace::connect);
            store.put(samples());
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            workspace.close();
            delete(directory);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Empty insertMillionSamples(Empty state) {
        new LocalMetricStore(state.workspace::connect).put(state.samples);
        return state;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public MetricSeries queryDayAtOneMinuteAverage(Filled state) {
        return query(state, Statistic.AVERAGE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public MetricSeries queryDayAtOneMinuteP99(Filled state) {
        return query(state, Statistic.parse("p99"));
    }

    private static MetricSeries query(Filled state, Statistic statistic) {
        MetricSeries series = state.store.query(new MetricQuery(metric(3), statistic, Duration.ofMinutes(1), DAY,
                DAY.plus(Duration.ofDays(1))), TaskContext.none());
        if (series.datapoints().size() != 1440) {
            throw new IllegalStateException("Expected 1440 datapoints, got " + series.datapoints().size());
        }
        return series;
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
