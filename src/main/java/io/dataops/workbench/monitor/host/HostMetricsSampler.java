package io.dataops.workbench.monitor.host;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.store.MetricPruner;
import io.dataops.workbench.monitor.store.MetricRetention;
import io.dataops.workbench.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import io.dataops.workbench.monitor.store.MetricSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples {@link HostMetrics} into the store every interval (10 s by default, setting {@value #INTERVAL_SECONDS})
 * on its own daemon thread, never the FX thread; applies the retention at start and then hourly. The app calls
 * {@code HostMetricsSampler.forWorkspace(workspace).start()} once the workspace is open and {@link #stop()} when
 * it closes. A failed sample is logged and the next one tried: monitoring must never take the app down.
 */
public final class HostMetricsSampler implements AutoCloseable {

    public static final String INTERVAL_SECONDS = "monitor.host.interval.seconds";
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
    static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(HostMetricsSampler.class);

    private final Supplier<List<MetricSample>> sampler;
    private final LocalMetricStore store;
    private final Runnable prune;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public HostMetricsSampler(Supplier<List<MetricSample>> sampler, LocalMetricStore store, Runnable prune, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The sampling interval must be positive, not " + interval);
        }
        this.sampler = sampler;
        this.store = store;
        this.prune = prune;
        this.interval = interval;
    }

    /** The sampler the app runs: OSHI host metrics into the workspace's store, interval and retention from its settings. */
    public static HostMetricsSampler forWorkspace(Workspace workspace) {
        HostMetrics host = new HostMetrics();
        Clock clock = Clock.systemUTC();
        MetricPruner pruner = new MetricPruner(workspace::connect);
        Runnable prune = () -> pruner.prune(MetricRetention.fromSettings(workspace.settings()), clock.instant(), TaskContext.none());
        long seconds = workspace.settings().get(INTERVAL_SECONDS).map(String::trim).filter(s -> s.matches("\\d{1,6}"))
                .map(Long::parseLong).filter(s -> s > 0).orElse(DEFAULT_INTERVAL.toSeconds());
        return new HostMetricsSampler(() -> host.sample(clock.instant()), new LocalMetricStore(workspace::connect), prune,
                Duration.ofSeconds(seconds));
    }

    public Duration interval() {
        return interval;
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Starts sampling (the first sample one interval from now); does nothing if already running. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "host-metrics-sampler");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sampleNow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::pruneNow, 0, PRUNE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops sampling and waits (briefly) for a sample being written. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        ScheduledExecutorService stopping = executor;
        executor = null;
        // No interrupt first: a sample being written completes rather than being lost half-way.
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(5, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Takes and stores one sample now, on the caller's thread; what the timer does every interval. */
    public void sampleNow() {
        try {
            store.put(sampler.get());
        } catch (RuntimeException e) {
            LOG.warn("Host metrics sample failed; trying again in {}", interval, e);
        }
    }

    private void pruneNow() {
        try {
            prune.run();
        } catch (RuntimeException e) {
            LOG.warn("Applying the metric retention failed; trying again in {}", PRUNE_EVERY, e);
        }
    }
}
