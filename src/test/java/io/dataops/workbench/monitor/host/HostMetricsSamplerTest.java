package io.dataops.workbench.monitor.host;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

class HostMetricsSamplerTest {

    @TempDir
    Path dir;

    @Test
    void hostMetricsOfThisMachineAreInRange() {
        HostMetrics host = new HostMetrics();
        Instant first = Instant.parse("2026-03-01T10:00:00Z");
        host.sample(first);
        List<MetricSample> samples = host.sample(first.plusSeconds(10));
        assertThat(samples).extracting(s -> s.metric().name()).contains("CPUUtilization", "MemoryUtilization", "DiskUtilization");
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.metric().namespace()).isEqualTo(HostMetrics.NAMESPACE);
            assertThat(s.metric().dimensions()).containsEntry("Host", host.host());
            assertThat(s.timestamp()).isEqualTo(first.plusSeconds(10));
            assertThat(s.value()).isGreaterThanOrEqualTo(0);
            if (s.unit().equals("Percent")) {
                assertThat(s.value()).isLessThanOrEqualTo(100);
            }
        });
        assertThat(samples).filteredOn(s -> s.metric().name().equals("DiskUtilization"))
                .allSatisfy(s -> assertThat(s.metric().dimensions()).containsKey("MountPath"));
        // Network deltas only from the second sample on, with one In and one Out per interface.
        long in = samples.stream().filter(s -> s.metric().name().equals("NetworkIn")).count();
        long out = samples.stream().filter(s -> s.metric().name().equals("NetworkOut")).count();
        assertThat(in).isEqualTo(out);
    }

    @Test
    void samplerWritesEveryIntervalOnItsOwnThreadAndStops() {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            LocalMetricStore store = new LocalMetricStore(workspace::connect);
            HostMetrics host = new HostMetrics();
            AtomicInteger calls = new AtomicInteger();
            HostMetricsSampler sampler = new HostMetricsSampler(() -> {
                calls.incrementAndGet();
                assertThat(Thread.currentThread().getName()).isEqualTo("host-metrics-sampler");
                return host.sample(Instant.now());
            }, store, () -> { }, Duration.ofMillis(200));
            sampler.start();
            assertThat(sampler.isRunning()).isTrue();
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> calls.get() >= 3);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the sampler did not sample 3 times in 20 s", e);
            } finally {
                sampler.stop();
            }
            assertThat(sampler.isRunning()).isFalse();
            int afterStop = calls.get();

            List<MetricDescriptor> metrics = store.listMetrics(HostMetrics.NAMESPACE);
            assertThat(metrics).extracting(m -> m.id().name()).contains("CPUUtilization", "MemoryUtilization");
            MetricDescriptor memory = metrics.stream().filter(m -> m.id().name().equals("MemoryUtilization")).findFirst().orElseThrow();
            double count = store.query(new MetricQuery(memory.id(), Statistic.SAMPLE_COUNT, Duration.ofDays(1),
                    Instant.now().minus(Duration.ofDays(1)), Instant.now().plusSeconds(60)), TaskContext.none())
                    .datapoints().stream().mapToDouble(d -> d.value()).sum();
            assertThat(count).isEqualTo(afterStop);
            assertThat(calls.get()).isEqualTo(afterStop);
        }
    }

    @Test
    void aFailingSampleIsLoggedAndTheNextOneStillRuns() {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            AtomicInteger calls = new AtomicInteger();
            HostMetricsSampler sampler = new HostMetricsSampler(() -> {
                if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("sensor gone");
                }
                return List.of();
            }, new LocalMetricStore(workspace::connect), () -> { }, Duration.ofSeconds(10));
            sampler.sampleNow();
            sampler.sampleNow();
            assertThat(calls.get()).isEqualTo(2);
        }
    }
}
