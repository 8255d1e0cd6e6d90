package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchFailures;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.LocalDashboard;
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
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** A CloudWatch dashboard in the view model: its own source, the cost meter, stale data after failures. */
class MonitoringViewModelCloudWatchTest {

    private static final MetricId QUEUE = MetricId.of("AWS/SQS", "ApproximateNumberOfMessagesVisible",
            Map.of("QueueName", "orders"));
    private static final MetricId LAMBDA = MetricId.of("AWS/Lambda", "Errors", Map.of("FunctionName", "ingest"));
    private static final DashboardSource PROD = DashboardSource.cloudWatch("prod", "eu-west-1", null);

    @TempDir
    Path directory;

    private final AtomicReference<Instant> clock = new AtomicReference<>(Instant.parse("2026-02-01T10:00:05Z"));
    private final FakeMetricSource local = new FakeMetricSource(clock::get)
            .with(LocalDashboard.CPU, t -> 5).with(LocalDashboard.MEMORY, t -> 40);
    private final FailingSource cloudWatch = new FailingSource(new FakeMetricSource(clock::get)
            .with(QUEUE, t -> 12).with(LAMBDA, t -> 1));
    private final List<DashboardSource> resolved = new ArrayList<>();
    private final List<Runnable> ticks = new ArrayList<>();
    private Workspace workspace;
    private MonitoringViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory.resolve("ws"));
        RefreshTicker ticker = (interval, action) -> {
            ticks.add(action);
            return () -> ticks.remove(action);
        };
        model = new MonitoringViewModel(new DashboardStore(workspace::connect), source -> {
            resolved.add(source);
            if (source.isCloudWatch() && source.region().isEmpty()) {
                // As MetricSources answers when neither the dashboard nor Settings names a region.
                throw new UserFacingException("This CloudWatch dashboard names no AWS region and Settings has none.");
            }
            return source.isCloudWatch() ? cloudWatch : local;
        }, source -> AlarmAnnotations.NONE, new SameThreadTaskRunner(), clock::get, ticker);
        model.load();
        model.newDashboard("Orders", PROD);
        model.addWidget(widget("queue", QUEUE));
        model.addWidget(widget("errors", LAMBDA));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void eachDashboardIsFetchedFromItsOwnSource() {
        assertThat(model.dataProperty().get().get("queue").latestValue().orElseThrow()).isEqualTo(12.0);
        assertThat(resolved).last().isEqualTo(PROD);
        assertThat(cloudWatch.fake.answered()).extracting(MetricQuery::metric).contains(QUEUE, LAMBDA)
                .doesNotContain(LocalDashboard.CPU);

        local.forget();
        model.open(LocalDashboard.NAME);
        assertThat(resolved).last().isEqualTo(DashboardSource.LOCAL);
        assertThat(local.answered()).extracting(MetricQuery::metric).contains(LocalDashboard.CPU);
        assertThat(new DashboardStore(workspace::connect).load("Orders").orElseThrow().source()).isEqualTo(PROD);
    }

    @Test
    void aCloudWatchDashboardOpensWithAutoRefreshOffAndShowsItsCostAtTheChosenRate() {
        assertThat(model.autoRefreshProperty().get()).isEqualTo(AutoRefresh.OFF);
        assertThat(ticks).isEmpty();
        assertThat(model.costMeter().costProperty().get().metricsPerRefresh()).isEqualTo(2);
        assertThat(model.costMeter().textProperty().get()).isEqualTo("Cost: $0.00002 per refresh (2 metrics); auto-refresh off");
        assertThat(model.costMeter().costAt(AutoRefresh.TEN_SECONDS).orElseThrow().metricsPerHour()).isEqualTo(720);

        model.autoRefreshProperty().set(AutoRefresh.ONE_MINUTE);
        assertThat(model.costMeter().textProperty().get()).isEqualTo("Cost: ≈ $0.0012/hour (120 metrics/hour at every 60s)");
        model.addWidget(new Widget("both", WidgetType.LINE, "Both", List.of(
                new WidgetMetric(QUEUE, Statistic.MAXIMUM), new WidgetMetric(LAMBDA, Statistic.SUM)), List.of(),
                Widget.AUTO, 0, 0, 6, 4));
        assertThat(model.costMeter().costProperty().get().metricsPerHour()).isEqualTo(240);

        model.open(LocalDashboard.NAME);
        assertThat(model.costMeter().costProperty().get()).isNull();
        assertThat(model.costMeter().textProperty().get()).isEmpty();
        assertThat(model.costMeter().costAt(AutoRefresh.ONE_MINUTE)).isEmpty();
        assertThat(model.autoRefreshProperty().get()).isEqualTo(AutoRefresh.TEN_SECONDS);
    }

    @Test
    void aThrottledRefreshKeepsTheDataMarksItStaleAndTheNextSuccessClearsIt() {
        model.autoRefreshProperty().set(AutoRefresh.TEN_SECONDS);
        Instant fetched = clock.get();
        int points = model.dataProperty().get().get("queue").pointCount();
        cloudWatch.failNext(failure("Throttling", "Rate exceeded"));

        clock.set(fetched.plusSeconds(70));
        ticks.get(0).run();

        StaleData stale = model.staleProperty().get();
        assertThat(stale).isNotNull();
        assertThat(stale.since()).isEqualTo(fetched);
        assertThat(stale.autoRefreshPaused()).isFalse();
        assertThat(stale.message()).contains("throttling");
        assertThat(stale.badge(ZoneOffset.UTC)).isEqualTo("Stale since 10:00:05 — CloudWatch is throttling requests");
        assertThat(model.dataProperty().get().get("queue").pointCount()).isEqualTo(points);
        assertThat(lastTime("queue")).isBefore(fetched);

        clock.set(fetched.plusSeconds(130));
        ticks.get(0).run();

        assertThat(model.staleProperty().get()).isNull();
        // CloudWatch charts use 1-minute periods: the newest period now starts at 10:02:00, two minutes on.
        assertThat(lastTime("queue")).isAfter(fetched.plusSeconds(60));
    }

    @Test
    void expiredCredentialsAreToldOnceAndPauseAutoRefreshUntilTheUserRefreshes() {
        model.autoRefreshProperty().set(AutoRefresh.TEN_SECONDS);
        cloudWatch.failNext(failure("ExpiredToken", "The security token included in the request is expired"));
        clock.set(clock.get().plusSeconds(60));
        ticks.get(0).run();

        StaleData stale = model.staleProperty().get();
        assertThat(stale.autoRefreshPaused()).isTrue();
        assertThat(stale.message()).contains("aws sso login --profile prod");
        assertThat(model.statusProperty().get()).contains("Auto-refresh paused");

        int calls = cloudWatch.calls;
        clock.set(clock.get().plusSeconds(60));
        ticks.get(0).run();
        assertThat(cloudWatch.calls).isEqualTo(calls);
        assertThat(model.staleProperty().get()).isSameAs(stale);

        model.refresh();
        assertThat(cloudWatch.calls).isEqualTo(calls + 1);
        assertThat(model.staleProperty().get()).isNull();
        clock.set(clock.get().plusSeconds(60));
        ticks.get(0).run();
        assertThat(cloudWatch.calls).isEqualTo(calls + 2);
    }

    @Test
    void aDashboardWithNoRegionAnywhereFailsItsFirstFetchPlainlyAndWaitsForTheUser() {
        model.changeSource(DashboardSource.cloudWatch("prod", null, null));

        StaleData stale = model.staleProperty().get();
        assertThat(stale.dataShown()).isFalse();
        assertThat(stale.autoRefreshPaused()).isTrue();
        assertThat(stale.message()).contains("names no AWS region");
        assertThat(model.dataProperty().get()).isEmpty();
    }

    @Test
    void aDashboardWithNoRegionAnywhereIsExplainedInTheSourceDialog() {
        DashboardSource noRegion = DashboardSource.cloudWatch(null, null, null);
        assertThat(model.sourceChoices().problem(noRegion)).hasValueSatisfying(p -> assertThat(p).contains("region"));
        assertThat(model.sourceChoices().problem(DashboardSource.cloudWatch(null, "eu-west-1", "localhost:4566")))
                .hasValueSatisfying(p -> assertThat(p).contains("not a URL"));
        model.setSourceChoices(new SourceChoices(model.sourceChoices()::profiles, () -> Optional.of("us-west-2")));
        assertThat(model.sourceChoices().problem(noRegion)).isEmpty();
        assertThat(model.sourceChoices().problem(DashboardSource.LOCAL)).isEmpty();

        model.changeSource(DashboardSource.cloudWatch(null, "us-east-1", "http://localhost:4566"));
        assertThat(model.dashboardProperty().get().source().label()).isEqualTo("CloudWatch us-east-1 via http://localhost:4566");
        assertThat(new DashboardStore(workspace::connect).load("Orders").orElseThrow().source().region())
                .contains("us-east-1");
    }

    private Instant lastTime(String widgetId) {
        var points = model.dataProperty().get().get(widgetId).series().get(0).points();
        return points.get(points.size() - 1).timestamp();
    }

    private static Widget widget(String id, MetricId metric) {
        return new Widget(id, WidgetType.LINE, id, List.of(new WidgetMetric(metric, Statistic.AVERAGE)), List.of(),
                Widget.AUTO, 0, 0, 6, 4);
    }

    private static Supplier<RuntimeException> failure(String code, String message) {
        CloudWatchConnection connection = CloudWatchConnection.of("prod", "eu-west-1", null);
        return () -> CloudWatchFailures.translate(connection, "get metric data", AwsServiceException.builder()
                .statusCode(400).awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .build()).build());
    }

    /** A source that throws the failures it is given, one per query call, then answers from the fake. */
    private static final class FailingSource implements MetricSource {
        final FakeMetricSource fake;
        final Deque<Supplier<RuntimeException>> failures = new ArrayDeque<>();
        int calls;

        FailingSource(FakeMetricSource fake) {
            this.fake = fake;
        }

        void failNext(Supplier<RuntimeException> failure) {
            failures.add(failure);
        }

        @Override
        public String name() {
            return "cloudwatch";
        }

        @Override
        public List<MetricDescriptor> listMetrics(String namespace, TaskContext context) {
            throw new AssertionError("a CloudWatch dashboard must not list metrics on each fetch");
        }

        @Override
        public List<MetricSeries> query(List<MetricQuery> queries, TaskContext context) {
            calls++;
            if (!failures.isEmpty()) {
                throw failures.poll().get();
            }
            return fake.query(queries, context);
        }
    }

}
