package io.dataops.workbench.monitor.cloudwatch;

import static io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml.response;
import static io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub.Response;
import io.dataops.workbench.testsupport.MovableClock;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GetMetricData path against the stub: what the SDK sent, and what the source made of the answers. */
class CloudWatchMetricSourceTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final String ACTION = "GetMetricData";

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final MovableClock clock = new MovableClock(NOW);
    private final CloudWatchUsage usage = new CloudWatchUsage();
    private final CloudWatchSeriesCache cache = new CloudWatchSeriesCache(1000);
    private final CloudWatchMetricSource source = new CloudWatchMetricSource(stub.connection(),
            clients.client(stub.connection()), (namespace, context) -> List.of(), clock, cache, usage);

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    static MetricId instance(int n) {
        return MetricId.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", "i-" + n));
    }

    static MetricQuery cpu(int n, Statistic statistic, Duration period, Instant from, Instant to) {
        return new MetricQuery(instance(n), statistic, period, from, to);
    }

    /** Results m0..m(count-1), each with one point at {@code at} whose value is {@code base + j}. */
    static List<String> results(int count, int base, Instant at) {
        return IntStream.range(0, count).mapToObj(j -> result("m" + j, "CPUUtilization", "Complete", List.of(at),
                List.of((double) (base + j)))).toList();
    }

    @Test
    void sixHundredSeriesGoInTwoCallsOf500And100WithOneTimeRange() {
        Instant from = NOW.minus(Duration.ofHours(1));
        Instant at = from.plusSeconds(60);
        stub.respond(ACTION, response(null, results(100, 500, at)));
        stub.respondWhere(ACTION, "MetricDataQueries.member.500.Id", "m499", response(null, results(500, 0, at)));
        List<MetricQuery> queries = IntStream.range(0, 600)
                .mapToObj(n -> cpu(n, Statistic.AVERAGE, Duration.ofMinutes(1), from, NOW)).toList();

        List<MetricSeries> series = source.query(queries, TaskContext.none());

        List<Map<String, String>> requests = stub.requests(ACTION);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).containsKey("MetricDataQueries.member.500.Id")
                .doesNotContainKey("MetricDataQueries.member.501.Id")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value", "i-0")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Period", "60")
                .containsEntry("ScanBy", "TimestampAscending");
        assertThat(requests.get(1)).containsEntry("MetricDataQueries.member.100.Id", "m99")
                .doesNotContainKey("MetricDataQueries.member.101.Id")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value", "i-500");
        assertThat(requests.get(1).get("StartTime")).isEqualTo(requests.get(0).get("StartTime"));
        assertThat(requests.get(1).get("EndTime")).isEqualTo(requests.get(0).get("EndTime"));
        // Each answer goes back to its query, in the order asked.
        assertThat(series).hasSize(600);
        for (int n : new int[] {0, 1, 499, 500, 537, 599}) {
            assertThat(series.get(n).query().metric()).isEqualTo(instance(n));
            assertThat(series.get(n).datapoints()).containsExactly(new Datapoint(at, n));
        }
        assertThat(usage.calls()).isEqualTo(2);
        assertThat(usage.metricsRequested()).isEqualTo(600);
        assertThat(source.lastFetch().partial()).isFalse();
    }

    @Test
    void aCallIsAlsoCutAtTheDatapointLimit() {
        // 100 series of a day at one minute: 144,000 datapoints, over the 100,800 of one call.
        Instant from = NOW.minus(Duration.ofDays(1));
        stub.respond(ACTION, response(null));
        source.query(IntStream.range(0, 100).mapToObj(n -> cpu(n, Statistic.SUM, Duration.ofMinutes(1), from, NOW))
                .toList(), TaskContext.none());
        List<Map<String, String>> requests = stub.requests(ACTION);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).containsKey("MetricDataQueries.member.70.Id")
                .doesNotContainKey("MetricDataQueries.member.71.Id");
        assertThat(requests.get(1)).containsKey("MetricDataQueries.member.30.Id")
                .doesNotContainKey("MetricDataQueries.member.31.Id");
    }

    @Test
    void followsNextTokenAndConcatenatesTheValuesOfEachId() {
        Instant t0 = NOW.minus(Duration.ofMinutes(30));
        stub.respond(ACTION, response("page-2", result("m0", "a", "PartialData", List.of(t0, t0.plusSeconds(60)),
                List.of(1.0, 2.0)), result("m1", "b", "Complete", List.of(t0), List.of(10.0))));
        stub.respondWhere(ACTION, "NextToken", "page-2", response(null,
                result("m0", "a", "Complete", List.of(t0.plusSeconds(120)), List.of(3.0))));

        List<MetricSeries> series = source.query(List.of(cpu(1, Statistic.AVERAGE, Duration.ofMinutes(1), t0, NOW),
                cpu(2, Statistic.AVERAGE, Duration.ofMinutes(1), t0, NOW)), TaskContext.none());

        assertThat(series.get(0).datapoints()).extracting(Datapoint::value).containsExactly(1.0, 2.0, 3.0);
        assertThat(series.get(0).datapoints()).extracting(Datapoint::timestamp).isSorted();
        assertThat(series.get(1).datapoints()).extracting(Datapoint::value).containsExactly(10.0);
        List<Map<String, String>> requests = stub.requests(ACTION);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).doesNotContainKey("NextToken");
        assertThat(requests.get(1)).containsEntry("NextToken", "page-2")
                .containsEntry("StartTime", requests.get(0).get("StartTime"));
        assertThat(source.lastFetch().partial()).isFalse();
    }

    @Test
    void dataStillPartialAfterTheLastPageIsReportedAndNotCached() {
        Instant from = Instant.parse("2026-11-19T10:00:00Z");
        Instant to = Instant.parse("2026-11-19T11:00:00Z");
        stub.respond(ACTION, response("more", result("m0", "CPUUtilization", "PartialData", List.of(from), List.of(5.0))));
        stub.respondWhere(ACTION, "NextToken", "more", response(null,
                result("m0", "CPUUtilization", "PartialData", List.of(from.plusSeconds(60)), List.of(6.0))));
        MetricQuery query = cpu(7, Statistic.MAXIMUM, Duration.ofMinutes(1), from, to);

        MetricSeries series = source.query(List.of(query), TaskContext.none()).get(0);

        assertThat(series.datapoints()).extracting(Datapoint::value).containsExactly(5.0, 6.0);
        assertThat(source.lastFetch().partial()).isTrue();
        assertThat(source.lastFetchNotes()).anySatisfy(note -> assertThat(note).contains("PartialData")
                .contains("AWS/EC2/CPUUtilization{InstanceId=i-7} Maximum"));
        source.query(List.of(query), TaskContext.none());
        assertThat(stub.requests(ACTION)).hasSize(4);
    }

    @Test
    void percentilesAndNamedStatisticsGoAsCloudWatchWritesThem() {
        stub.respond(ACTION, response(null));
        Instant from = NOW.minus(Duration.ofHours(2));
        source.query(List.of(cpu(1, Statistic.parse("p99"), Duration.ofMinutes(5), from, NOW),
                cpu(1, Statistic.parse("p99.9"), Duration.ofMinutes(5), from, NOW),
                cpu(1, Statistic.SAMPLE_COUNT, Duration.ofMinutes(5), from, NOW)), TaskContext.none());
        assertThat(stub.requests(ACTION)).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.MetricStat.Stat", "p99")
                .containsEntry("MetricDataQueries.member.2.MetricStat.Stat", "p99.9")
                .containsEntry("MetricDataQueries.member.3.MetricStat.Stat", "SampleCount")
                .containsEntry("MetricDataQueries.member.3.MetricStat.Period", "300"));
    }

    @Test
    void periodsAreRoundedUpToWhatCloudWatchKeepsForOldRanges() {
        stub.respond(ACTION, response(null));
        Duration minute = Duration.ofMinutes(1);
        List<MetricSeries> series = source.query(List.of(
                cpu(1, Statistic.AVERAGE, minute, NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(19))),
                cpu(1, Statistic.AVERAGE, minute, NOW.minus(Duration.ofDays(70)), NOW.minus(Duration.ofDays(69))),
                cpu(1, Statistic.AVERAGE, Duration.ofSeconds(10), NOW.minus(Duration.ofHours(5)), NOW),
                cpu(1, Statistic.AVERAGE, Duration.ofSeconds(10), NOW.minus(Duration.ofHours(1)), NOW)),
                TaskContext.none());
        List<Map<String, String>> requests = stub.requests(ACTION);
        assertThat(requests).extracting(form -> form.get("MetricDataQueries.member.1.MetricStat.Period"))
                .containsExactly("300", "3600", "60", "10");
        assertThat(series).extracting(s -> s.query().period().toSeconds()).containsExactly(300L, 3600L, 60L, 10L);
        assertThat(source.lastFetchNotes()).anySatisfy(n -> assertThat(n).contains("5-minute"))
                .anySatisfy(n -> assertThat(n).contains("hourly"));
    }

    @Test
    void aRepeatedPastRangeIsAnsweredFromTheCacheWithoutACall() {
        Instant from = Instant.parse("2026-11-19T10:00:00Z");
        Instant to = Instant.parse("2026-11-19T11:00:00Z");
        stub.respond(ACTION, response(null, result("m0", "CPUUtilization", "Complete",
                List.of(from, from.plusSeconds(60)), List.of(1.5, 2.5))));
        List<MetricQuery> queries = List.of(cpu(3, Statistic.AVERAGE, Duration.ofMinutes(1), from, to));
        List<MetricSeries> first = source.query(queries, TaskContext.none());
        long callsAfterFirst = usage.calls();

        List<MetricSeries> second = source.query(queries, TaskContext.none());

        assertThat(usage.calls()).isEqualTo(callsAfterFirst).isEqualTo(1);
        assertThat(stub.requests(ACTION)).hasSize(1);
        assertThat(source.lastFetch().calls()).isZero();
        assertThat(source.lastFetch().seriesFromCache()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
        // A narrower range inside it is answered from the cache too.
        source.query(List.of(cpu(3, Statistic.AVERAGE, Duration.ofMinutes(1), from.plusSeconds(60), to)),
                TaskContext.none());
        assertThat(stub.requests(ACTION)).hasSize(1);
    }

    @Test
    void sourcesMadePerFetchOnOneClientShareTheCacheAndANewClientStartsEmpty() {
        Instant from = Instant.parse("2026-11-19T10:00:00Z");
        stub.respond(ACTION, response(null, result("m0", "c", "Complete", List.of(from), List.of(1.0))));
        List<MetricQuery> queries = List.of(cpu(4, Statistic.AVERAGE, Duration.ofMinutes(1), from, from.plusSeconds(3600)));
        var client = clients.client(stub.connection());
        new CloudWatchMetricSource(stub.connection(), client, (n, c) -> List.of(), clock).query(queries, TaskContext.none());
        CloudWatchMetricSource again = new CloudWatchMetricSource(stub.connection(), client, (n, c) -> List.of(), clock);
        assertThat(again.query(queries, TaskContext.none()).get(0).datapoints()).hasSize(1);
        assertThat(again.usage().calls()).isZero();
        assertThat(stub.requests(ACTION)).hasSize(1);
        try (CloudWatchClients other = CloudWatchStub.clients()) {
            new CloudWatchMetricSource(stub.connection(), other.client(stub.connection()), (n, c) -> List.of(), clock)
                    .query(queries, TaskContext.none());
        }
        assertThat(stub.requests(ACTION)).hasSize(2);
    }

    @Test
    void aMovingRangeAsksOnlyForWhatTheCacheLacks() {
        Instant from = NOW.minus(Duration.ofHours(1));
        stub.respondInSequence(ACTION,
                Response.ok(ACTION, "<MetricDataResults>" + result("m0", "c", "Complete",
                        List.of(from, NOW.minus(Duration.ofMinutes(10)), NOW.minus(Duration.ofMinutes(1))),
                        List.of(1.0, 2.0, 3.0)) + "</MetricDataResults><Messages/>"),
                Response.ok(ACTION, "<MetricDataResults>" + result("m0", "c", "Complete",
                        List.of(NOW.minus(Duration.ofMinutes(1)), NOW.plusSeconds(60)), List.of(30.0, 4.0))
                        + "</MetricDataResults><Messages/>"));
        source.query(List.of(cpu(1, Statistic.AVERAGE, Duration.ofMinutes(1), from, NOW)), TaskContext.none());
        clock.advance(Duration.ofMinutes(2));
        Instant now = clock.instant();

        MetricSeries moved = source.query(List.of(cpu(1, Statistic.AVERAGE, Duration.ofMinutes(1),
                now.minus(Duration.ofHours(1)), now)), TaskContext.none()).get(0);

        // Settled at the first fetch: everything before 11:55 (5 minutes back); only that is not asked again.
        List<Map<String, String>> requests = stub.requests(ACTION);
        assertThat(requests).hasSize(2);
        assertThat(Instant.parse(requests.get(1).get("StartTime"))).isEqualTo(Instant.parse("2026-11-20T11:55:00Z"));
        assertThat(moved.datapoints()).extracting(Datapoint::value).containsExactly(2.0, 30.0, 4.0);
    }

    @Test
    void throttlingThenSuccessGivesTheData() {
        Instant from = NOW.minus(Duration.ofMinutes(10));
        stub.respondInSequence(ACTION, Response.error(400, "Throttling", "Rate exceeded"),
                Response.ok(ACTION, "<MetricDataResults>" + result("m0", "c", "Complete", List.of(from),
                        List.of(42.0)) + "</MetricDataResults><Messages/>"));
        MetricSeries series = source.query(List.of(cpu(1, Statistic.AVERAGE, Duration.ofMinutes(1), from, NOW)),
                TaskContext.none()).get(0);
        assertThat(series.datapoints()).containsExactly(new Datapoint(from, 42.0));
        assertThat(stub.requests(ACTION)).hasSize(2);
    }

    @Test
    void anUnknownMetricAnswersAnEmptySeriesAndIdenticalQueriesAreAskedOnce() {
        stub.respond(ACTION, response(null));
        Instant from = NOW.minus(Duration.ofMinutes(10));
        MetricQuery query = new MetricQuery(MetricId.of("Nope", "Nothing", Map.of()), Statistic.SUM,
                Duration.ofMinutes(1), from, NOW);
        List<MetricSeries> series = source.query(List.of(query, query), TaskContext.none());
        assertThat(series).hasSize(2).allSatisfy(s -> {
            assertThat(s.datapoints()).isEmpty();
            assertThat(s.unit()).isEqualTo("None");
        });
        assertThat(stub.requests(ACTION)).singleElement()
                .satisfies(form -> assertThat(form).doesNotContainKey("MetricDataQueries.member.2.Id"));
        assertThat(usage.metricsRequested()).isEqualTo(1);
    }

    @Test
    void cancellationStopsBeforeTheNextCall() {
        stub.respond(ACTION, response(null));
        Instant from = NOW.minus(Duration.ofHours(1));
        io.dataops.workbench.common.CancellableContext context = io.dataops.workbench.common.CancellableContext.create();
        context.cancel();
        List<MetricQuery> queries = new ArrayList<>();
        IntStream.range(0, 600).forEach(n -> queries.add(cpu(n, Statistic.AVERAGE, Duration.ofMinutes(1), from, NOW)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.query(queries, context))
                .isInstanceOf(io.dataops.workbench.common.CancelledException.class);
        assertThat(stub.requests(ACTION)).isEmpty();
    }
}
