package io.dataops.workbench.app;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.host.HostMetricsSampler;
import io.dataops.workbench.monitor.postgres.PostgresMetricsCollector;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.quality.source.OpenSource;
import io.dataops.workbench.workspace.Workspace;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RDS-like metrics of every PostgreSQL data source in the workspace. Sources are listed again at each
 * sample, so one added in the Data Quality area is watched from the next minute on. The join of the two
 * areas lives here because monitor must not depend on quality (quality already publishes into monitor).
 */
final class PostgresSourceMetrics implements Supplier<List<MetricSample>> {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSourceMetrics.class);
    static final Duration INTERVAL = Duration.ofSeconds(60);

    private final QualityWorkspace quality;
    private final Clock clock;
    private final Map<String, PostgresMetricsCollector> collectors = new HashMap<>();
    private final Set<String> failing = new HashSet<>();

    PostgresSourceMetrics(QualityWorkspace quality, Clock clock) {
        this.quality = quality;
        this.clock = clock;
    }

    /** Starts sampling once a minute on the sampler's own thread; the returned sampler is stopped by the caller. */
    static HostMetricsSampler start(Workspace workspace, QualityWorkspace quality) {
        HostMetricsSampler sampler = new HostMetricsSampler(new PostgresSourceMetrics(quality, Clock.systemUTC()),
                new LocalMetricStore(workspace::connect), () -> { }, INTERVAL);
        sampler.start();
        return sampler;
    }

    @Override
    public synchronized List<MetricSample> get() {
        List<MetricSample> samples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataSource source : quality.sources().list()) {
            if (source instanceof JdbcSource jdbc && jdbc.url().startsWith("jdbc:postgresql:")) {
                seen.add(jdbc.name());
                samples.addAll(collect(jdbc));
            }
        }
        collectors.keySet().retainAll(seen);
        return samples;
    }

    /** One source's metrics; an unreachable server is logged once (not every minute) and skipped. */
    private List<MetricSample> collect(JdbcSource source) {
        PostgresMetricsCollector collector = collectors.computeIfAbsent(source.name(), name ->
                new PostgresMetricsCollector(name, () -> connection(source)));
        try {
            List<MetricSample> samples = collector.collect(clock.instant());
            if (failing.remove(source.name())) {
                LOG.info("PostgreSQL metrics of data source '{}' are read again", source.name());
            }
            return samples;
        } catch (UserFacingException e) {
            if (failing.add(source.name())) {
                LOG.warn("No PostgreSQL metrics for data source '{}': {}", source.name(), e.getMessage());
            }
            return List.of();
        }
    }

    /** The collector closes the connection; OpenSource holds nothing else for a JDBC source. */
    private Connection connection(JdbcSource source) {
        OpenSource open = quality.connector().open(source);
        return open.connection();
    }
}
