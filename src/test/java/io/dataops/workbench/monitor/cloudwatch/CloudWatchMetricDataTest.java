package io.dataops.workbench.monitor.cloudwatch;

import static io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml.response;
import static io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchQuery.ExpressionQuery;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchQuery.MetricStatQuery;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Metric math, SEARCH and Metrics Insights passed through GetMetricData, against the stub. */
class CloudWatchMetricDataTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final MetricId ERRORS = MetricId.of("AWS/Lambda", "Errors", Map.of("FunctionName", "etl"));
    static final MetricId INVOCATIONS = MetricId.of("AWS/Lambda", "Invocations", Map.of("FunctionName", "etl"));

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final CloudWatchUsage usage = new CloudWatchUsage();
    private final CloudWatchMetricData data = new CloudWatchMetricData(stub.connection(),
            clients.client(stub.connection()), usage, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    @Test
    void mathGoesInTheSameCallAsTheMetricsItRefersTo() {
        Instant from = NOW.minus(Duration.ofHours(1));
        stub.respond("GetMetricData", response(null, result("rate", "Error rate", "Complete",
                List.of(from, from.plusSeconds(300)), List.of(1.5, 0.0))));
        Duration five = Duration.ofMinutes(5);
        CloudWatchData answer = data.fetch(List.of(
                new MetricStatQuery("errors", ERRORS, Statistic.SUM, five, Optional.empty(), false),
                new MetricStatQuery("calls", INVOCATIONS, Statistic.SUM, five, Optional.empty(), false),
                new ExpressionQuery("rate", "100 * errors / calls", Optional.of("Error rate"), Optional.empty(), true)),
                from, NOW, TaskContext.none());

        assertThat(stub.requests("GetMetricData")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.Id", "errors")
                .containsEntry("MetricDataQueries.member.1.ReturnData", "false")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "Errors")
                .containsEntry("MetricDataQueries.member.2.Id", "calls")
                .containsEntry("MetricDataQueries.member.3.Id", "rate")
                .containsEntry("MetricDataQueries.member.3.Expression", "100 * errors / calls")
                .containsEntry("MetricDataQueries.member.3.Label", "Error rate")
                .containsEntry("MetricDataQueries.member.3.ReturnData", "true"));
        assertThat(answer.series()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("rate");
            assertThat(s.label()).isEqualTo("Error rate");
            assertThat(s.datapoints()).containsExactly(new Datapoint(from, 1.5), new Datapoint(from.plusSeconds(300), 0.0));
        });
        assertThat(usage.metricsRequested()).isEqualTo(2);
        assertThat(answer.partial()).isFalse();
    }

    @Test
    void anInsightsQueryWithinThreeHoursGoesAloneWithAPeriod() {
        stub.respond("GetMetricData", response(null, result("q", "q", "Complete", List.of(), List.of())));
        String select = "SELECT AVG(CPUUtilization) FROM SCHEMA(\"AWS/EC2\", InstanceId) GROUP BY InstanceId";
        data.fetch(List.of(ExpressionQuery.of("q", select)), NOW.minus(Duration.ofHours(3)), NOW, TaskContext.none());
        assertThat(stub.requests("GetMetricData")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.Expression", select)
                .containsEntry("MetricDataQueries.member.1.Period", "60"));
    }

    @Test
    void insightsOlderThanThreeHoursOrTwoInOneCallAreRefusedBeforeAnyCall() {
        String select = "SELECT MAX(CPUUtilization) FROM \"AWS/EC2\"";
        assertThatThrownBy(() -> data.fetch(List.of(ExpressionQuery.of("q", select)), NOW.minus(Duration.ofHours(4)),
                NOW, TaskContext.none()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("3 hours").hasMessageContaining("4 h ago");
        assertThatThrownBy(() -> data.fetch(List.of(ExpressionQuery.of("a", select), ExpressionQuery.of("b", select)),
                NOW.minus(Duration.ofHours(1)), NOW, TaskContext.none()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("one Metrics Insights");
        assertThatThrownBy(() -> ExpressionQuery.of("M1", "m1 * 2")).hasMessageContaining("lower-case");
        assertThat(stub.requests("GetMetricData")).isEmpty();
    }

    @Test
    void aSearchExpressionPassesThrough() {
        stub.respond("GetMetricData", response(null,
                result("search", "i-1", "Complete", List.of(NOW.minusSeconds(600)), List.of(3.0)),
                result("search", "i-2", "Complete", List.of(NOW.minusSeconds(600)), List.of(4.0))));
        String search = "SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average', 300)";
        CloudWatchData answer = data.fetch(List.of(ExpressionQuery.of("search", search)),
                NOW.minus(Duration.ofHours(1)), NOW, TaskContext.none());
        assertThat(stub.requests("GetMetricData")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("MetricDataQueries.member.1.Expression", search)
                        .doesNotContainKey("MetricDataQueries.member.1.Period"));
        // CloudWatch answers each series a SEARCH finds under the query's id, told apart by label.
        assertThat(answer.series()).extracting(CloudWatchSeries::id).containsExactly("search", "search");
        assertThat(answer.series()).extracting(CloudWatchSeries::label).containsExactly("i-1", "i-2");
        assertThat(answer.series().get(1).datapoints()).extracting(Datapoint::value).containsExactly(4.0);
    }
}
