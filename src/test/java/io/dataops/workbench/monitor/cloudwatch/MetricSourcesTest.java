package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardFetch;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.TimeRange;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetMetric;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which source a dashboard gets: the local store, or CloudWatch per connection with Settings' region. */
class MetricSourcesTest {

    private final Instant now = Instant.parse("2026-02-01T10:00:00Z");
    private final FakeMetricSource local = new FakeMetricSource(() -> now);
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final AtomicReference<Optional<String>> settingsRegion = new AtomicReference<>(Optional.empty());
    private final MetricSources sources = new MetricSources(local, clients, settingsRegion::get, Clock.systemUTC());

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void aLocalDashboardGetsTheWorkspaceSource() {
        assertThat(sources.source(DashboardSource.LOCAL)).isSameAs(local);
    }

    @Test
    void aCloudWatchDashboardGetsOneSourcePerConnection() {
        DashboardSource prod = DashboardSource.cloudWatch("prod", "eu-west-1", "http://127.0.0.1:4566");
        MetricSource first = sources.source(prod);

        assertThat(first).isInstanceOfSatisfying(CloudWatchMetricSource.class, cw -> {
            assertThat(cw.connection().profile()).contains("prod");
            assertThat(cw.connection().region()).isEqualTo("eu-west-1");
            assertThat(cw.connection().endpoint()).contains(URI.create("http://127.0.0.1:4566"));
        });
        assertThat(sources.source(DashboardSource.cloudWatch("prod", "eu-west-1", "http://127.0.0.1:4566")))
                .isSameAs(first);
        assertThat(sources.source(DashboardSource.cloudWatch("prod", "us-east-1", "http://127.0.0.1:4566")))
                .isNotSameAs(first);
    }

    @Test
    void aDashboardWithoutARegionTakesSettingsRegionAndWithoutAnyIsAClearError() {
        DashboardSource noRegion = DashboardSource.cloudWatch(null, null, null);
        assertThatThrownBy(() -> sources.source(noRegion)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no AWS region").hasMessageContaining("Settings");

        settingsRegion.set(Optional.of("ap-southeast-2"));
        assertThat(((CloudWatchMetricSource) sources.source(noRegion)).connection().region())
                .isEqualTo("ap-southeast-2");
        assertThat(sources.connection(noRegion).profile()).isEmpty();
    }

    @Test
    void thePluggedListerGetsTheConnectionAndAnswersTheSourcesMetricList() {
        DashboardSource source = DashboardSource.cloudWatch(null, "eu-west-1", null);
        assertThat(sources.source(source).listMetrics(null, TaskContext.none())).isEmpty();

        List<CloudWatchConnection> asked = new ArrayList<>();
        MetricDescriptor queue = new MetricDescriptor(MetricId.of("AWS/SQS", "ApproximateNumberOfMessagesVisible",
                Map.of("QueueName", "orders")), "Count");
        sources.useListers((connection, client) -> {
            asked.add(connection);
            return (namespace, context) -> List.of(queue);
        });

        assertThat(sources.source(source).listMetrics("AWS/SQS", TaskContext.none())).containsExactly(queue);
        assertThat(asked).extracting(CloudWatchConnection::region).containsExactly("eu-west-1");
    }

    @Test
    void fetchingACloudWatchDashboardListsNoMetrics() {
        List<String> calls = new ArrayList<>();
        MetricSource counting = new MetricSource() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public List<MetricDescriptor> listMetrics(String namespace, TaskContext context) {
                calls.add("list");
                return List.of();
            }

            @Override
            public List<MetricSeries> query(List<MetricQuery> queries, TaskContext context) {
                calls.add("query " + queries.size());
                return queries.stream().map(q -> new MetricSeries(q, "Count", List.of())).toList();
            }
        };
        Widget widget = new Widget("w", WidgetType.LINE, "Queue", List.of(new WidgetMetric(
                MetricId.of("AWS/SQS", "NumberOfMessagesSent", Map.of()), Statistic.parse("Sum"))), List.of(),
                Widget.AUTO, 0, 0, 6, 4);
        DashboardFetch fetch = new DashboardFetch(counting, AlarmAnnotations.NONE);

        fetch.fetch(new Dashboard("cw", List.of(widget), DashboardSource.cloudWatch(null, "eu-west-1", null)),
                TimeRange.last(Duration.ofHours(1)), now, Map.of(), TaskContext.none());
        assertThat(calls).containsExactly("query 1");

        calls.clear();
        fetch.fetch(new Dashboard("local", List.of(widget)), TimeRange.last(Duration.ofHours(1)), now, Map.of(),
                TaskContext.none());
        assertThat(calls).containsExactly("list", "query 1");
    }
}
