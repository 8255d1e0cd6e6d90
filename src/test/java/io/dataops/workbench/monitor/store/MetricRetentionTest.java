package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.dataops.workbench.monitor.store.LocalMetricStoreTest.CPU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricRetentionTest {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void pruneKeepsEachResolutionForItsRetentionAndOlderRangesStillAnswerFromRollups() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            LocalMetricStore store = new LocalMetricStore(workspace::connect);
            List<MetricSample> samples = new ArrayList<>();
            // One sample per 6 hours over 500 days back from NOW, value = its day number back.
            for (long hours = 0; hours < 500 * 24; hours += 6) {
                samples.add(new MetricSample(CPU, "Percent", NOW.minus(Duration.ofHours(hours)).minusSeconds(1), hours / 24));
            }
            store.put(samples);
            MetricPruner.Result result = new MetricPruner(workspace::connect).prune(MetricRetention.DEFAULT, NOW, TaskContext.none());

            // 4 samples a day: kept raw for 15 days, 1-minute for 63, 1-hour for 455 (each bucket holds one sample).
            assertThat(count(workspace, "metric_sample")).isEqualTo(15 * 4);
            assertThat(count(workspace, "metric_rollup_1m")).isEqualTo(63 * 4);
            assertThat(count(workspace, "metric_rollup_1h")).isEqualTo(455 * 4);
            assertThat(result).isEqualTo(new MetricPruner.Result(samples.size() - 60, samples.size() - 252, samples.size() - 1820));

            // 100 days back: raw and 1-minute data are gone, a daily Maximum still answers from the hourly roll-up,
            // a percentile or a 5-minute period no longer does (as in CloudWatch, older data has coarser periods).
            Instant from = NOW.minus(Duration.ofDays(101));
            Instant to = NOW.minus(Duration.ofDays(100));
            assertThat(query(store, Statistic.MAXIMUM, Duration.ofDays(1), from, to)).containsExactly(new Datapoint(from, 100.0));
            assertThat(query(store, Statistic.parse("p90"), Duration.ofDays(1), from, to)).isEmpty();
            assertThat(query(store, Statistic.MAXIMUM, Duration.ofMinutes(5), from, to)).isEmpty();
            // 10 days back everything answers, including percentiles.
            Instant recent = NOW.minus(Duration.ofDays(10));
            assertThat(query(store, Statistic.parse("p90"), Duration.ofDays(1), recent, recent.plus(Duration.ofDays(1))))
                    .extracting(Datapoint::value).containsExactly(9.0);

            // A second prune has nothing left to do.
            assertThat(new MetricPruner(workspace::connect).prune(MetricRetention.DEFAULT, NOW, TaskContext.none()))
                    .isEqualTo(new MetricPruner.Result(0, 0, 0));
        }
    }

    @Test
    void retentionComesFromTheWorkspaceSettingsWithCloudWatchDefaults() {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(MetricRetention.fromSettings(workspace.settings())).isEqualTo(MetricRetention.DEFAULT);
            assertThat(MetricRetention.DEFAULT.raw()).isEqualTo(Duration.ofDays(15));
            new MetricRetention(Duration.ofDays(3), Duration.ofDays(30), Duration.ofDays(90)).save(workspace.settings());
            assertThat(MetricRetention.fromSettings(workspace.settings()).minute()).isEqualTo(Duration.ofDays(30));
            workspace.settings().put(MetricRetention.RAW_DAYS, "two weeks");
            assertThatThrownBy(() -> MetricRetention.fromSettings(workspace.settings()))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining(MetricRetention.RAW_DAYS);
            workspace.settings().put(MetricRetention.RAW_DAYS, "60");
            assertThatThrownBy(() -> MetricRetention.fromSettings(workspace.settings()))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("raw <= 1-minute");
        }
    }

    private static List<Datapoint> query(LocalMetricStore store, Statistic statistic, Duration period, Instant from, Instant to) {
        return store.query(new MetricQuery(CPU, statistic, period, from, to), TaskContext.none()).datapoints();
    }

    private static long count(Workspace workspace, String table) throws Exception {
        try (Connection connection = workspace.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
