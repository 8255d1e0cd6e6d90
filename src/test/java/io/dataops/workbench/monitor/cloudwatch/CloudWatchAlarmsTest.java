package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.ComparisonOperator;
import io.dataops.workbench.monitor.alarm.Dimension;
import io.dataops.workbench.monitor.alarm.TreatMissingData;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchFailures.CloudWatchException;
import io.dataops.workbench.monitor.cloudwatch.testing.AlarmXml;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DescribeAlarms, DescribeAlarmHistory and PutMetricAlarm against the stub, checked on what it received. */
class CloudWatchAlarmsTest {

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final CloudWatchAlarms alarms = new CloudWatchAlarms(clients, stub.connection());

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    @Test
    void describeFollowsNextTokenAndMapsEveryField() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH + AlarmXml.LATENCY_P99, "", "page-2"));
        stub.respondWhere("DescribeAlarms", "NextToken", "page-2",
                AlarmXml.alarmsPage(AlarmXml.ERROR_RATE, AlarmXml.SERVICE_DOWN_COMPOSITE, null));

        List<CloudWatchAlarm> found = alarms.describe("", Optional.empty(), TaskContext.none());

        assertThat(found).extracting(CloudWatchAlarm::name)
                .containsExactly("cpu-high", "api-latency-p99", "error-rate", "service-down");
        assertThat(found).extracting(CloudWatchAlarm::kind).containsExactly(CloudWatchAlarm.Kind.METRIC,
                CloudWatchAlarm.Kind.METRIC, CloudWatchAlarm.Kind.METRIC_MATH, CloudWatchAlarm.Kind.COMPOSITE);
        CloudWatchAlarm cpu = found.get(0);
        assertThat(cpu.state()).isEqualTo(AlarmState.ALARM);
        assertThat(cpu.stateReason()).startsWith("Threshold Crossed: 3 out of the last 5").contains("OK -> ALARM");
        assertThat(cpu.stateUpdatedAt()).isEqualTo(Instant.parse("2026-11-24T05:59:12.345Z"));
        AlarmDefinition cpuDefinition = cpu.definition().orElseThrow();
        assertThat(cpuDefinition).isEqualTo(new AlarmDefinition("cpu-high", "CPU above 80 % for 3 of 5 minutes",
                true, null, List.of("arn:aws:sns:us-east-1:123456789012:ops"), null, "CPUUtilization", "AWS/EC2",
                "Average", null, List.of(new Dimension("InstanceId", "i-1234567890abcdef0")), 60, "Percent", 5, 3,
                80.0, ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.BREACHING, null));
        AlarmDefinition p99 = found.get(1).definition().orElseThrow();
        assertThat(p99.statistic()).isNull();
        assertThat(p99.extendedStatistic()).isEqualTo("p99");
        assertThat(p99.metricStatistic().toString()).isEqualTo("p99");
        assertThat(p99.dimensions()).containsExactly(new Dimension("LoadBalancer", "app/api/50dc6c495c0c9188"),
                new Dimension("TargetGroup", "targetgroup/api/73e2d6bc24d8a067"));
        assertThat(p99.treatMissingData()).isEqualTo(TreatMissingData.IGNORE);
        assertThat(p99.evaluateLowSampleCountPercentile()).isEqualTo("ignore");
        assertThat(p99.datapointsToAlarm()).isNull();
        assertThat(p99.actionsEnabled()).isFalse();
        assertThat(found.get(2).definition()).isEmpty();
        assertThat(found.get(2).detail()).contains("e1 = 100*(m1/m2)").contains("HTTPCode_Target_5XX_Count");
        assertThat(found.get(3).detail()).contains("ALARM(cpu-high) AND ALARM(api-latency-p99)");
        assertThat(found.get(3).state()).isEqualTo(AlarmState.OK);

        List<Map<String, String>> sent = stub.requests("DescribeAlarms");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).doesNotContainKey("NextToken").containsEntry("MaxRecords", "100")
                .containsEntry("AlarmTypes.member.1", "MetricAlarm").containsEntry("AlarmTypes.member.2", "CompositeAlarm");
        assertThat(sent.get(1)).containsEntry("NextToken", "page-2");
    }

    @Test
    void describeSendsThePrefixAndStateFilters() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH, "", null));
        assertThat(alarms.describe(" cpu-", Optional.of(AlarmState.ALARM), TaskContext.none())).hasSize(1);
        assertThat(stub.requests("DescribeAlarms")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("AlarmNamePrefix", "cpu-").containsEntry("StateValue", "ALARM"));
    }

    @Test
    void historyReadsTheStatesFromHistoryDataAndFollowsNextToken() {
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage(
                AlarmXml.stateUpdate("cpu-high", "2026-11-24T05:59:12.345Z", "OK", "ALARM", "Threshold Crossed: 3 out of the last 5")
                        + AlarmXml.configurationUpdate("cpu-high", "2026-11-24T05:30:00.000Z"), "h-2"));
        stub.respondWhere("DescribeAlarmHistory", "NextToken", "h-2", AlarmXml.historyPage(
                AlarmXml.stateUpdate("cpu-high", "2026-11-24T04:10:00.000Z", "INSUFFICIENT_DATA", "OK", "Threshold Crossed: fine"),
                null));
        Instant from = Instant.parse("2026-11-23T06:00:00Z");
        Instant to = Instant.parse("2026-11-24T06:00:00Z");

        List<CloudWatchAlarmHistoryItem> items = alarms.history("cpu-high", from, to, TaskContext.none());

        assertThat(items).hasSize(3);
        CloudWatchAlarmHistoryItem latest = items.get(0);
        assertThat(latest.type()).isEqualTo("StateUpdate");
        assertThat(latest.time()).isEqualTo(Instant.parse("2026-11-24T05:59:12.345Z"));
        assertThat(latest.oldState()).contains(AlarmState.OK);
        assertThat(latest.newState()).contains(AlarmState.ALARM);
        assertThat(latest.newStateReason()).isEqualTo("Threshold Crossed: 3 out of the last 5");
        assertThat(latest.summary()).isEqualTo("Alarm updated from OK to ALARM");
        assertThat(items.get(1).type()).isEqualTo("ConfigurationUpdate");
        assertThat(items.get(1).oldState()).isEmpty();
        assertThat(items.get(2).change()).isEqualTo("INSUFFICIENT_DATA -> OK");
        List<Map<String, String>> sent = stub.requests("DescribeAlarmHistory");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).containsEntry("AlarmName", "cpu-high")
                .containsEntry("StartDate", "2026-11-23T06:00:00Z").containsEntry("EndDate", "2026-11-24T06:00:00Z")
                .containsEntry("MaxRecords", "100").doesNotContainKey("HistoryItemType");
        assertThat(sent.get(1)).containsEntry("NextToken", "h-2");
    }

    @Test
    void oneHistoryTypeIsFilteredByTheService() {
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage(
                AlarmXml.stateUpdate("cpu-high", "2026-11-24T05:59:12.345Z", "OK", "ALARM", "crossed"), null));
        alarms.history("cpu-high", Instant.EPOCH, Instant.parse("2026-11-24T06:00:00Z"),
                Set.of(CloudWatchAlarmHistoryItem.STATE_UPDATE), TaskContext.none());
        assertThat(stub.requests("DescribeAlarmHistory")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("HistoryItemType", "StateUpdate"));
    }

    @Test
    void putSendsEveryFieldAndAPercentileAsExtendedStatistic() {
        stub.respond("PutMetricAlarm", CloudWatchStub.okEmpty("PutMetricAlarm"));
        AlarmDefinition alarm = new AlarmDefinition("api-latency-p99", "p99 latency over 1.5 s", true,
                List.of("arn:aws:sns:us-east-1:123456789012:ok"), List.of("arn:aws:sns:us-east-1:123456789012:page",
                "arn:aws:sns:us-east-1:123456789012:ops"), List.of("arn:aws:sns:us-east-1:123456789012:data"),
                "TargetResponseTime", "AWS/ApplicationELB", null, "p99",
                List.of(new Dimension("LoadBalancer", "app/api/50dc6c495c0c9188"),
                        new Dimension("TargetGroup", "targetgroup/api/73e2d6bc24d8a067")),
                300, "Seconds", 5, 3, 1.5, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                TreatMissingData.NOT_BREACHING, "evaluate");

        alarms.put(alarm, TaskContext.none());

        Map<String, String> form = stub.requests("PutMetricAlarm").get(0);
        assertThat(form).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Action", "PutMetricAlarm"),
                Map.entry("Version", "2010-08-01"),
                Map.entry("AlarmName", "api-latency-p99"),
                Map.entry("AlarmDescription", "p99 latency over 1.5 s"),
                Map.entry("ActionsEnabled", "true"),
                Map.entry("OKActions.member.1", "arn:aws:sns:us-east-1:123456789012:ok"),
                Map.entry("AlarmActions.member.1", "arn:aws:sns:us-east-1:123456789012:page"),
                Map.entry("AlarmActions.member.2", "arn:aws:sns:us-east-1:123456789012:ops"),
                Map.entry("InsufficientDataActions.member.1", "arn:aws:sns:us-east-1:123456789012:data"),
                Map.entry("MetricName", "TargetResponseTime"),
                Map.entry("Namespace", "AWS/ApplicationELB"),
                Map.entry("ExtendedStatistic", "p99"),
                Map.entry("Dimensions.member.1.Name", "LoadBalancer"),
                Map.entry("Dimensions.member.1.Value", "app/api/50dc6c495c0c9188"),
                Map.entry("Dimensions.member.2.Name", "TargetGroup"),
                Map.entry("Dimensions.member.2.Value", "targetgroup/api/73e2d6bc24d8a067"),
                Map.entry("Period", "300"),
                Map.entry("Unit", "Seconds"),
                Map.entry("EvaluationPeriods", "5"),
                Map.entry("DatapointsToAlarm", "3"),
                Map.entry("Threshold", "1.5"),
                Map.entry("ComparisonOperator", "GreaterThanOrEqualToThreshold"),
                Map.entry("TreatMissingData", "notBreaching"),
                Map.entry("EvaluateLowSampleCountPercentile", "evaluate")));
    }

    @Test
    void aPlainStatisticIsSentAsStatisticAndAbsentFieldsAreLeftOut() {
        stub.respond("PutMetricAlarm", CloudWatchStub.okEmpty("PutMetricAlarm"));
        alarms.put(new AlarmDefinition("queue-depth", null, null, null, null, null, "ApproximateNumberOfMessagesVisible",
                "AWS/SQS", "Maximum", null, List.of(new Dimension("QueueName", "orders")), 60, null, 2, null, 1000.0,
                ComparisonOperator.GREATER_THAN_THRESHOLD, null, null), TaskContext.none());
        Map<String, String> form = stub.requests("PutMetricAlarm").get(0);
        assertThat(form).containsEntry("Statistic", "Maximum").containsEntry("Threshold", "1000.0")
                .doesNotContainKeys("ExtendedStatistic", "DatapointsToAlarm", "TreatMissingData", "Unit",
                        "AlarmActions.member.1", "ActionsEnabled", "AlarmDescription");
    }

    @Test
    void anInvalidAlarmIsRefusedBeforeAnyCall() {
        AlarmDefinition noThreshold = new AlarmDefinition("x", null, null, null, null, null, "CPUUtilization",
                "AWS/EC2", "Average", null, List.of(), 60, null, 1, 1, null, ComparisonOperator.GREATER_THAN_THRESHOLD,
                null, null);
        assertThatThrownBy(() -> alarms.put(noThreshold, TaskContext.none()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Threshold is missing");
        assertThat(stub.requests("PutMetricAlarm")).isEmpty();
    }

    @Test
    void anExpiredTokenSaysWhichProfileAndHowToLogIn() {
        stub.fail("DescribeAlarms", 403, "ExpiredToken", "The security token included in the request is expired");
        CloudWatchConnection prod = new CloudWatchConnection(Optional.of("prod-sso"), CloudWatchStub.REGION,
                Optional.of(stub.endpoint()));
        assertThatThrownBy(() -> new CloudWatchAlarms(clients, prod).describe("", Optional.empty(), TaskContext.none()))
                .isInstanceOf(CloudWatchException.class)
                .hasMessageContaining("list the CloudWatch alarms").hasMessageContaining("profile 'prod-sso'")
                .hasMessageContaining("aws sso login --profile prod-sso");
    }
}
