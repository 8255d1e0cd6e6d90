package io.dataops.workbench.monitor.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmReplayTest {

    private static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

    @Test
    void evaluatesAtEveryPeriodEndAndReportsStateChanges() {
        AlarmDefinition alarm = AlarmDefinition.of("rows-low", MetricId.of("DataQuality", "RowCount", Map.of()),
                Statistic.SUM, 60, 2, 2, 100, ComparisonOperator.LESS_THAN_THRESHOLD, TreatMissingData.MISSING);
        double[] values = {500, 500, 50, 40, 30, 500, 500};
        List<Datapoint> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(new Datapoint(T0.plusSeconds(60L * i), values[i]));
        }
        AlarmReplay.Result result = AlarmReplay.replay(alarm, series, AlarmState.INSUFFICIENT_DATA, TaskContext.none());
        assertThat(result.evaluations()).extracting(AlarmEvaluation::time)
                .startsWith(T0.plusSeconds(60)).endsWith(T0.plusSeconds(60L * values.length));
        assertThat(result.evaluations()).extracting(AlarmEvaluation::state).containsExactly(
                AlarmState.OK, AlarmState.OK, AlarmState.OK, AlarmState.ALARM, AlarmState.ALARM, AlarmState.OK,
                AlarmState.OK);
        assertThat(result.stateChanges()).extracting(AlarmEvaluation::time)
                .containsExactly(T0.plusSeconds(60), T0.plusSeconds(240), T0.plusSeconds(360));
        assertThat(result.anyAlarm()).isTrue();
    }

    @Test
    void anExplicitRangePastTheDataRunsIntoMissingData() {
        AlarmDefinition alarm = AlarmDefinition.of("a", MetricId.of("N", "M", Map.of()), Statistic.MAXIMUM, 10, 1, 1,
                5, ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.MISSING);
        List<Datapoint> series = List.of(new Datapoint(T0, 9));
        AlarmReplay.Result result = AlarmReplay.replay(alarm, series, T0, T0.plusSeconds(60), AlarmState.OK,
                TaskContext.none());
        assertThat(result.evaluations()).hasSize(6);
        // The range is N+2 = 3 periods: the datapoint stays in view (used alone) for 3 evaluations.
        assertThat(result.evaluations()).extracting(AlarmEvaluation::state).containsExactly(
                AlarmState.ALARM, AlarmState.ALARM, AlarmState.ALARM, AlarmState.INSUFFICIENT_DATA,
                AlarmState.INSUFFICIENT_DATA, AlarmState.INSUFFICIENT_DATA);
    }
}
