package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GUI sampling while the CLI validates: several writers on one workspace, each with its own connection (and
 * one in another JVM through H2's AUTO_SERVER), all adding to the same series and the same roll-up buckets.
 * Nothing may be lost: every count and sum must come out exact.
 */
class ConcurrentWritersTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final MetricId SHARED = MetricId.of("Test/Concurrency", "Shared", Map.of());
    static final int WRITES = 40;
    static final int PER_WRITE = 50;

    /** What each writer does: 40 small writes of 50 samples of value 1 over the first 10 minutes after T0. */
    static void write(LocalMetricStore store, String writer) {
        MetricId own = MetricId.of("Test/Concurrency", "Own", Map.of("Writer", writer));
        for (int w = 0; w < WRITES; w++) {
            List<MetricSample> samples = new ArrayList<>();
            for (int i = 0; i < PER_WRITE; i++) {
                Instant at = T0.plusMillis((w * PER_WRITE + i) * 300L);
                samples.add(new MetricSample(SHARED, "Count", at, 1));
                samples.add(new MetricSample(own, "Count", at, 2));
            }
            store.put(samples);
        }
    }

    @TempDir
    Path dir;

    @Test
    void threadsAndASecondProcessWritingTheSameSeriesLoseNothing() throws Exception {
        Path directory = dir.resolve("ws");
        try (Workspace workspace = Workspace.open(directory)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), MetricWriterProcess.class.getName(),
                    directory.toString(), "process").redirectErrorStream(true).start();
            java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()));
            String line;
            while ((line = output.readLine()) != null && !line.equals("writing")) {
                System.out.println("writer process: " + line);
            }
            assertThat(line).as("the writer process opened the workspace").isEqualTo("writing");
            Thread drain = new Thread(() -> output.lines().forEach(l -> System.out.println("writer process: " + l)));
            drain.setDaemon(true);
            drain.start();
            ExecutorService threads = Executors.newFixedThreadPool(3);
            List<Future<?>> writers = new ArrayList<>();
            for (String name : List.of("gui", "cli", "third")) {
                // Each thread its own store, as the app and a CLI run each have theirs (no shared id cache).
                writers.add(threads.submit(() -> write(new LocalMetricStore(workspace::connect), name)));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            threads.shutdown();
            assertThat(other.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(other.exitValue()).isEqualTo(0);

            LocalMetricStore reader = new LocalMetricStore(workspace::connect);
            long perWriter = (long) WRITES * PER_WRITE;
            Instant to = T0.plus(Duration.ofHours(1));
            // Whole hour from the hourly roll-up, per minute from the 1-minute roll-up, 30 s from raw samples.
            assertThat(sum(reader, SHARED, Duration.ofHours(1), Statistic.SAMPLE_COUNT, to)).isEqualTo(4 * perWriter);
            assertThat(sum(reader, SHARED, Duration.ofMinutes(1), Statistic.SUM, to)).isEqualTo(4 * perWriter);
            assertThat(sum(reader, SHARED, Duration.ofSeconds(30), Statistic.SAMPLE_COUNT, to)).isEqualTo(4 * perWriter);
            for (String name : List.of("gui", "cli", "third", "process")) {
                MetricId own = MetricId.of("Test/Concurrency", "Own", Map.of("Writer", name));
                assertThat(sum(reader, own, Duration.ofMinutes(1), Statistic.SUM, to)).as(name).isEqualTo(2 * perWriter);
            }
            // One series row per metric, however many writers raced to create it.
            assertThat(reader.listMetrics("Test/Concurrency")).hasSize(5);
        }
    }

    private static double sum(LocalMetricStore store, MetricId metric, Duration period, Statistic statistic, Instant to) {
        return store.query(new MetricQuery(metric, statistic, period, T0, to), TaskContext.none()).datapoints().stream()
                .mapToDouble(Datapoint::value).sum();
    }
}
