package io.dataops.workbench.monitor.cloudwatch;

import static io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub.Response;
import io.dataops.workbench.testsupport.MovableClock;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardFetch;
import io.dataops.workbench.monitor.dashboard.LocalDashboard;
import io.dataops.workbench.monitor.dashboard.TimeRange;
import io.dataops.workbench.monitor.dashboard.WidgetData;
import io.dataops.workbench.monitor.metric.Datapoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A dashboard's auto-refresh on CloudWatch: one call per refresh, the second only for the new interval. */
class CloudWatchDashboardRefreshTest {

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-02-01T10:00:05Z"));
    private final CloudWatchUsage usage = new CloudWatchUsage();
    private final CloudWatchMetricSource source = new CloudWatchMetricSource(stub.connection(),
            clients.client(stub.connection()), (namespace, context) -> List.of(), clock, new CloudWatchSeriesCache(100),
            usage);

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    private static Response answer(String... results) {
        return Response.ok("GetMetricData", "<MetricDataResults>" + String.join("", results)
                + "</MetricDataResults><Messages/>");
    }

    private static Instant at(String time) {
        return Instant.parse("2026-02-01T" + time + "Z");
    }

    @Test
    void anAutoRefreshAsksOnlyFromTheStartOfTheLastHeldPeriod() {
        // The sample dashboard: CPU average and maximum, memory, quality; CPU and memory again as numbers.
        stub.respondInSequence("GetMetricData",
                answer(result("m0", "CPUUtilization", "Complete", List.of(at("09:00:10"), at("09:59:50"), at("10:00:00")),
                        List.of(1.0, 2.0, 3.0)),
                        result("m2", "MemoryUtilization", "Complete", List.of(at("10:00:00")), List.of(50.0))),
                answer(result("m0", "CPUUtilization", "Complete", List.of(at("10:00:00"), at("10:01:00")),
                        List.of(3.5, 4.0)),
                        result("m2", "MemoryUtilization", "Complete", List.of(at("10:00:00")), List.of(51.0))));
        DashboardFetch fetch = new DashboardFetch(source, AlarmAnnotations.NONE);
        Dashboard dashboard = LocalDashboard.create();
        TimeRange lastHour = TimeRange.last(Duration.ofHours(1));

        Map<String, WidgetData> first = fetch.fetch(dashboard, lastHour, clock.instant(), Map.of(), TaskContext.none());
        clock.set(at("10:01:07"));
        Map<String, WidgetData> second = fetch.fetch(dashboard, lastHour, clock.instant(), first, TaskContext.none());

        List<Map<String, String>> requests = stub.requests("GetMetricData");
        assertThat(requests).hasSize(2);
        // Six series on the dashboard, four distinct: each call asks for four.
        assertThat(requests).allSatisfy(form -> assertThat(form).containsKey("MetricDataQueries.member.4.Id")
                .doesNotContainKey("MetricDataQueries.member.5.Id")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Period", "10"));
        assertThat(Instant.parse(requests.get(0).get("StartTime"))).isEqualTo(at("09:00:05"));
        // The last period held started at 10:00:00: only [10:00:00, 10:01:07) is asked for.
        assertThat(Instant.parse(requests.get(1).get("StartTime"))).isEqualTo(at("10:00:00"));
        assertThat(Instant.parse(requests.get(1).get("EndTime"))).isEqualTo(at("10:01:07"));
        assertThat(usage.metricsRequested()).isEqualTo(8);

        assertThat(first.get("local-cpu").series().get(0).points()).extracting(Datapoint::value)
                .containsExactly(1.0, 2.0, 3.0);
        assertThat(second.get("local-cpu").series().get(0).points()).containsExactly(
                new Datapoint(at("09:59:50"), 2.0), new Datapoint(at("10:00:00"), 3.5), new Datapoint(at("10:01:00"), 4.0));
        assertThat(second.get("local-memory-now").latestValue()).hasValue(51.0);
        assertThat(second.get("local-quality").series().get(0).points()).isEmpty();
    }
}
