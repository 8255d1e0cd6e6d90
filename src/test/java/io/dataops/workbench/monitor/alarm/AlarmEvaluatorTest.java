package io.dataops.workbench.monitor.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlarmEvaluatorTest {

    private static final Instant END = Instant.parse("2026-11-24T06:00:00Z");

    private static AlarmDefinition alarm(int period, int n, int m, TreatMissingData treat) {
        return AlarmDefinition.of("cpu-high", MetricId.of("Host", "CPUUtilization", Map.of("host", "a")),
                Statistic.AVERAGE, period, n, m, 80, ComparisonOperator.GREATER_THAN_THRESHOLD, treat);
    }

    private static Datapoint at(int periodsBeforeEnd, int period, double value) {
        return new Datapoint(END.minusSeconds((long) period * periodsBeforeEnd), value);
    }

    @ParameterizedTest(name = "period {0} s")
    @ValueSource(ints = {10, 60, 3600})
    void threeOfFiveAlarmsOnlyWhenThreeOfTheLastFiveBreach(int period) {
        AlarmDefinition alarm = alarm(period, 5, 3, TreatMissingData.MISSING);
        List<Datapoint> twoBreaching = List.of(at(5, period, 90), at(4, period, 10), at(3, period, 95),
                at(2, period, 10), at(1, period, 10));
        assertThat(AlarmEvaluator.evaluate(alarm, END, twoBreaching, AlarmState.OK).state()).isEqualTo(AlarmState.OK);
        List<Datapoint> threeBreaching = List.of(at(5, period, 90), at(4, period, 10), at(3, period, 95),
                at(2, period, 10), at(1, period, 81));
        AlarmEvaluation evaluation = AlarmEvaluator.evaluate(alarm, END, threeBreaching, AlarmState.OK);
        assertThat(evaluation.state()).isEqualTo(AlarmState.ALARM);
        assertThat(evaluation.changed()).isTrue();
        assertThat(evaluation.datapoints()).extracting(EvaluatedDatapoint::timestamp)
                .containsExactly(END.minusSeconds(5L * period), END.minusSeconds(4L * period),
                        END.minusSeconds(3L * period), END.minusSeconds(2L * period), END.minusSeconds(period));
    }

    @Test
    void anOldBreachOutsideTheLastNIsNotUsedWhenNRealDatapointsExist() {
        AlarmDefinition alarm = alarm(60, 3, 2, TreatMissingData.BREACHING);
        List<Datapoint> points = List.of(at(5, 60, 99), at(4, 60, 99), at(3, 60, 1), at(2, 60, 1), at(1, 60, 99));
        AlarmEvaluation evaluation = AlarmEvaluator.evaluate(alarm, END, points, AlarmState.ALARM);
        assertThat(evaluation.state()).isEqualTo(AlarmState.OK);
        assertThat(evaluation.datapoints()).hasSize(3).noneMatch(EvaluatedDatapoint::filled);
        assertThat(evaluation.reason()).startsWith("Threshold Crossed: 2 out of the last 3 datapoints")
                .contains("not greater than the threshold (80.0)");
    }

    @Test
    void fillsOnlyTheMostRecentMissingPeriodsNeededToReachN() {
        AlarmDefinition alarm = alarm(60, 3, 2, TreatMissingData.BREACHING);
        // 0 - X - -  : one period filled, the most recent one
        List<Datapoint> points = List.of(at(5, 60, 1), at(3, 60, 99));
        AlarmEvaluation evaluation = AlarmEvaluator.evaluate(alarm, END, points, AlarmState.OK);
        assertThat(evaluation.state()).isEqualTo(AlarmState.ALARM);
        assertThat(evaluation.datapoints()).hasSize(3);
        assertThat(evaluation.datapoints().stream().filter(EvaluatedDatapoint::filled).toList())
                .singleElement().satisfies(p -> {
                    assertThat(p.timestamp()).isEqualTo(END.minusSeconds(60));
                    assertThat(p.breaching()).isTrue();
                });
        assertThat(evaluation.reason()).contains("missing, filled as breaching");
    }

    @Test
    void anEvaluationTimeInsideAPeriodIsRoundedDownToThePeriodEnd() {
        AlarmDefinition alarm = alarm(60, 1, 1, TreatMissingData.MISSING);
        AlarmEvaluation evaluation = AlarmEvaluator.evaluate(alarm, END.plusSeconds(59),
                List.of(at(1, 60, 90)), AlarmState.OK);
        assertThat(evaluation.time()).isEqualTo(END);
        assertThat(evaluation.state()).isEqualTo(AlarmState.ALARM);
    }

    @Test
    void aBreachingDatapointTooYoungToAlarmEarlyGivesInsufficientDataUnderMissing() {
        // "- - - - X" with 3 of 3: the guide says the alarm does not go to ALARM yet.
        AlarmDefinition alarm = alarm(60, 3, 3, TreatMissingData.MISSING);
        AlarmEvaluation evaluation = AlarmEvaluator.evaluate(alarm, END, List.of(at(1, 60, 90)), AlarmState.OK);
        assertThat(evaluation.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        AlarmEvaluation ignored = AlarmEvaluator.evaluate(alarm(60, 3, 3, TreatMissingData.IGNORE), END,
                List.of(at(1, 60, 90)), AlarmState.OK);
        assertThat(ignored.state()).isEqualTo(AlarmState.OK);
    }

    @Test
    void lessThanOperatorsBreachBelowTheThreshold() {
        AlarmDefinition alarm = AlarmDefinition.of("low-success", MetricId.of("DataQuality", "SuccessRatio", Map.of()),
                Statistic.MINIMUM, 3600, 1, 1, 0.95, ComparisonOperator.LESS_THAN_THRESHOLD, TreatMissingData.MISSING);
        assertThat(AlarmEvaluator.evaluate(alarm, END, List.of(at(1, 3600, 0.9)), AlarmState.OK).state())
                .isEqualTo(AlarmState.ALARM);
        assertThat(AlarmEvaluator.evaluate(alarm, END, List.of(at(1, 3600, 0.95)), AlarmState.ALARM).state())
                .isEqualTo(AlarmState.OK);
    }
}
