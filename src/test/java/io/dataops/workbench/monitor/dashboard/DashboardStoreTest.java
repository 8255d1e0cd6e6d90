package io.dataops.workbench.monitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardStoreTest {

    @TempDir
    Path directory;

    @Test
    void theLocalDashboardIsCreatedOnFirstUseAndEditsPersist() {
        try (Workspace workspace = Workspace.open(directory.resolve("ws"))) {
            DashboardStore store = new DashboardStore(workspace::connect);
            assertThat(store.names()).containsExactly("Local");
            Dashboard local = store.load("Local").orElseThrow();
            assertThat(local.widgets()).extracting(w -> w.metrics().get(0).metric())
                    .contains(LocalDashboard.CPU, LocalDashboard.MEMORY, LocalDashboard.QUALITY_SUCCESS);

            store.save(local.moving("local-cpu", 0, 9).renamed("Mine"));
            assertThat(store.names()).containsExactly("Local", "Mine");
            assertThat(store.load("Mine").orElseThrow().widget("local-cpu").y()).isEqualTo(9);
            store.delete("Local");
            assertThat(store.names()).containsExactly("Mine");
        }
        try (Workspace reopened = Workspace.open(directory.resolve("ws"))) {
            assertThat(new DashboardStore(reopened::connect).names()).containsExactly("Mine");
        }
    }

    @Test
    void aMetricWithoutDimensionsStandsForEachOfItsSeries() {
        MetricId a = MetricId.of("DataOps/Quality", "SuccessPercent", Map.of("Suite", "a", "Asset", "x"));
        MetricId b = MetricId.of("DataOps/Quality", "SuccessPercent", Map.of("Suite", "b", "Asset", "y"));
        MetricId other = MetricId.of("DataOps/Quality", "EvaluatedExpectations", Map.of("Suite", "a", "Asset", "x"));
        Widget widget = LocalDashboard.create().widget("local-quality");
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        List<MetricQuery> queries = WidgetQueries.of(widget, List.of(new MetricDescriptor(a, "Percent"),
                new MetricDescriptor(b, "Percent"), new MetricDescriptor(other, "Count")), now.minusSeconds(3600), now,
                Duration.ofMinutes(1));
        assertThat(queries).extracting(MetricQuery::metric).containsExactly(a, b);
        assertThat(WidgetQueries.of(widget, List.of(), now.minusSeconds(60), now, Duration.ofMinutes(1)))
                .extracting(MetricQuery::metric).containsExactly(LocalDashboard.QUALITY_SUCCESS);
        assertThat(WidgetQueries.periodStart(Instant.parse("2026-01-01T12:00:47Z"), Duration.ofSeconds(10)))
                .isEqualTo(Instant.parse("2026-01-01T12:00:40Z"));
    }
}
