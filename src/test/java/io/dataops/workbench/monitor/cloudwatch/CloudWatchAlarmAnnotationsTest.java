package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.cloudwatch.testing.AlarmXml;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CloudWatch alarms drawn on a CloudWatch dashboard's chart: thresholds, state changes, status widgets. */
class CloudWatchAlarmAnnotationsTest {

    private static final MetricId CPU = MetricId.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", "i-1234567890abcdef0"));
    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final CloudWatchAlarmAnnotations annotations = new CloudWatchAlarmAnnotations(
            new CloudWatchAlarms(clients, stub.connection()), clock, Duration.ofMinutes(1));

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    @Test
    void anAlarmOnTheChartedMetricAndStatisticDrawsItsThresholdAndStateChanges() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH + AlarmXml.LATENCY_P99, "", null));
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage(
                AlarmXml.stateUpdate("cpu-high", "2026-11-24T05:59:12.345Z", "OK", "ALARM", "crossed")
                        + AlarmXml.configurationUpdate("cpu-high", "2026-11-24T05:40:00.000Z")
                        + AlarmXml.stateUpdate("cpu-high", "2026-11-24T05:20:00.000Z", "ALARM", "OK", "back"), null));
        Instant from = NOW.minus(Duration.ofHours(3));

        assertThat(annotations.thresholds(CPU, Statistic.AVERAGE))
                .containsExactly(new AlarmAnnotations.Threshold("cpu-high > 80.0", 80.0));
        assertThat(annotations.thresholds(CPU, Statistic.MAXIMUM)).isEmpty();
        assertThat(annotations.stateChanges(CPU, Statistic.AVERAGE, from, NOW)).containsExactly(
                new AlarmAnnotations.StateChange(Instant.parse("2026-11-24T05:20:00Z"), "OK"),
                new AlarmAnnotations.StateChange(Instant.parse("2026-11-24T05:59:12.345Z"), "ALARM"));
        assertThat(annotations.state("cpu-high")).isEqualTo("ALARM");
        assertThat(annotations.state("api-latency-p99")).isEqualTo("OK");
        assertThat(annotations.state("nope")).isEqualTo("UNKNOWN");
        assertThat(stub.requests("DescribeAlarmHistory")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("AlarmName", "cpu-high").containsEntry("HistoryItemType", "StateUpdate"));
    }

    @Test
    void aDashboardFetchAsksCloudWatchOncePerMinuteNotOncePerSeries() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH, "", null));
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage("", null));
        for (int series = 0; series < 20; series++) {
            annotations.thresholds(CPU, Statistic.AVERAGE);
            annotations.stateChanges(CPU, Statistic.AVERAGE, NOW.minus(Duration.ofHours(1)), NOW);
        }
        assertThat(stub.requests("DescribeAlarms")).hasSize(1);
        assertThat(stub.requests("DescribeAlarmHistory")).hasSize(1);
        now.set(NOW.plus(Duration.ofMinutes(2)));
        annotations.thresholds(CPU, Statistic.AVERAGE);
        assertThat(stub.requests("DescribeAlarms")).hasSize(2);
    }

    @Test
    void aFailureKeepsTheLastKnownAlarmsAndSaysWhy() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH, "", null));
        assertThat(annotations.thresholds(CPU, Statistic.AVERAGE)).hasSize(1);
        stub.reset();
        stub.fail("DescribeAlarms", 403, "ExpiredToken", "The security token included in the request is expired");
        now.set(NOW.plus(Duration.ofMinutes(2)));
        assertThat(annotations.thresholds(CPU, Statistic.AVERAGE)).hasSize(1);
        assertThat(annotations.lastFailure()).hasValueSatisfying(e -> assertThat(e).hasMessageContaining("expired"));
    }

    @Test
    void eachConnectionKeepsItsOwnAnnotations() {
        var perConnection = CloudWatchAlarmAnnotations.perConnection(clients, clock);
        CloudWatchConnection other = CloudWatchConnection.of("prod", "eu-west-1", stub.endpoint().toString());
        assertThat(perConnection.apply(stub.connection())).isSameAs(perConnection.apply(stub.connection()))
                .isNotSameAs(perConnection.apply(other));
    }
}
