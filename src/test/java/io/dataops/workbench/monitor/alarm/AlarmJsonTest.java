package io.dataops.workbench.monitor.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.Statistic;
import org.junit.jupiter.api.Test;

class AlarmJsonTest {

    static final String PUT_METRIC_ALARM = """
            {
              "AlarmName": "orders-latency-p99",
              "AlarmDescription": "p99 latency of the orders API",
              "ActionsEnabled": true,
              "AlarmActions": ["arn:aws:sns:eu-west-1:123456789012:ops"],
              "MetricName": "Latency",
              "Namespace": "Orders",
              "ExtendedStatistic": "p99",
              "Dimensions": [{"Name": "Api", "Value": "orders"}, {"Name": "Stage", "Value": "prod"}],
              "Period": 60,
              "Unit": "Milliseconds",
              "EvaluationPeriods": 5,
              "DatapointsToAlarm": 3,
              "Threshold": 250,
              "ComparisonOperator": "GreaterThanOrEqualToThreshold",
              "TreatMissingData": "notBreaching"
            }
            """;

    @Test
    void readsPutMetricAlarmJsonAndWritesTheSameFieldsBack() {
        AlarmDefinition alarm = AlarmJson.read(PUT_METRIC_ALARM, "alarm.json");
        assertThat(alarm.metricStatistic()).isEqualTo(Statistic.parse("p99"));
        assertThat(alarm.metricId().dimensions()).containsEntry("Api", "orders").containsEntry("Stage", "prod");
        assertThat(alarm.datapointsToAlarmCount()).isEqualTo(3);
        assertThat(alarm.missingData()).isEqualTo(TreatMissingData.NOT_BREACHING);
        assertThat(alarm.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
        String written = AlarmJson.write(alarm);
        assertThat(written).contains("\"AlarmName\" : \"orders-latency-p99\"", "\"ExtendedStatistic\" : \"p99\"",
                "\"TreatMissingData\" : \"notBreaching\"", "\"ComparisonOperator\" : \"GreaterThanOrEqualToThreshold\"",
                "\"Name\" : \"Api\"").doesNotContain("\"Statistic\"");
        assertThat(AlarmJson.read(written, "again")).isEqualTo(alarm);
    }

    @Test
    void defaultsFollowCloudWatch() {
        AlarmDefinition alarm = AlarmJson.read("""
                {"AlarmName":"a","Namespace":"N","MetricName":"M","Statistic":"Sum","Period":300,
                 "EvaluationPeriods":4,"Threshold":1,"ComparisonOperator":"GreaterThanThreshold"}
                """, "a.json");
        assertThat(alarm.datapointsToAlarmCount()).isEqualTo(4);
        assertThat(alarm.missingData()).isEqualTo(TreatMissingData.MISSING);
    }

    @Test
    void validationListsEveryProblemPlainly() {
        assertThatThrownBy(() -> AlarmJson.read("""
                {"AlarmName":"a","Namespace":"N","MetricName":"M","Statistic":"Average","ExtendedStatistic":"p90",
                 "Period":45,"EvaluationPeriods":3,"DatapointsToAlarm":4,"ComparisonOperator":"GreaterThanThreshold"}
                """, "bad.json"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("bad.json is not valid")
                .hasMessageContaining("Statistic or ExtendedStatistic, not both")
                .hasMessageContaining("Period 45 s is not allowed")
                .hasMessageContaining("DatapointsToAlarm (4) must be between 1 and EvaluationPeriods (3)")
                .hasMessageContaining("Threshold is missing");
    }

    @Test
    void highResolutionPeriodsAndOneDayLimit() {
        String base = "{\"AlarmName\":\"a\",\"Namespace\":\"N\",\"MetricName\":\"M\",\"Statistic\":\"Maximum\","
                + "\"Threshold\":1,\"ComparisonOperator\":\"GreaterThanThreshold\",";
        assertThat(AlarmValidation.problems(AlarmJson.parse(base + "\"Period\":10,\"EvaluationPeriods\":3}", "x")))
                .isEmpty();
        assertThat(AlarmValidation.problems(AlarmJson.parse(base + "\"Period\":20,\"EvaluationPeriods\":3}", "x")))
                .isEmpty();
        assertThat(AlarmValidation.problems(AlarmJson.parse(base + "\"Period\":60,\"EvaluationPeriods\":1441}", "x")))
                .singleElement().asString().contains("at most 86400 s");
    }

    @Test
    void unknownFieldsAndBadEnumsAreNamed() {
        assertThatThrownBy(() -> AlarmJson.read("{\"AlarmName\":\"a\",\n\"Treshold\": 3}", "typo.json"))
                .hasMessageContaining("typo.json line 2: unknown field 'Treshold'");
        assertThatThrownBy(() -> AlarmJson.read("{\"ComparisonOperator\":\"Above\"}", "op.json"))
                .hasMessageContaining("Unknown ComparisonOperator 'Above'");
        assertThatThrownBy(() -> AlarmJson.read("{\"TreatMissingData\":\"zero\"}", "t.json"))
                .hasMessageContaining("use missing, ignore, breaching or notBreaching");
    }
}
