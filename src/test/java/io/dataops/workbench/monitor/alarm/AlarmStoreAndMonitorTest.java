package io.dataops.workbench.monitor.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import io.dataops.workbench.testsupport.MovableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlarmStoreAndMonitorTest {

    private static final Instant T0 = Instant.parse("2026-11-24T06:00:00Z");
    private static final MetricId LATENCY = MetricId.of("Orders", "Latency", Map.of("Api", "orders"));

    @TempDir
    Path dir;

    private Workspace workspace;
    private final MovableClock clock = new MovableClock(T0);
    private AlarmStore store;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        store = new AlarmStore(workspace::connect, clock);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static AlarmDefinition p99Alarm() {
        return AlarmDefinition.of("latency-p99", LATENCY, Statistic.parse("p99"), 10, 2, 2, 500,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.MISSING);
    }

    @Test
    void storeKeepsDefinitionsStatesAndHistory() {
        store.put(p99Alarm());
        StoredAlarm stored = store.find("latency-p99").orElseThrow();
        assertThat(stored.definition()).isEqualTo(p99Alarm());
        assertThat(stored.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
        assertThat(stored.lastEvaluatedAt()).isEmpty();

        AlarmEvaluation change = new AlarmEvaluation(T0, AlarmState.ALARM, AlarmState.INSUFFICIENT_DATA, "why",
                List.of(EvaluatedDatapoint.real(T0.minusSeconds(10), 900, true),
                        EvaluatedDatapoint.filled(T0.minusSeconds(20), false)));
        store.record("latency-p99", change);
        store.record("latency-p99", new AlarmEvaluation(T0.plusSeconds(10), AlarmState.ALARM, AlarmState.ALARM,
                "still", List.of()));
        store.put(p99Alarm().withDescription("edited"));

        StoredAlarm after = store.find("latency-p99").orElseThrow();
        assertThat(after.state()).as("editing keeps the state").isEqualTo(AlarmState.ALARM);
        assertThat(after.definition().alarmDescription()).isEqualTo("edited");
        assertThat(after.lastEvaluatedAt()).contains(T0.plusSeconds(10));
        assertThat(after.stateUpdatedAt()).isEqualTo(T0);
        List<AlarmHistoryEntry> history = store.history("latency-p99", 10);
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.oldState()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
            assertThat(h.newState()).isEqualTo(AlarmState.ALARM);
            assertThat(h.datapoints()).extracting(EvaluatedDatapoint::filled).containsExactly(false, true);
            assertThat(h.datapoints().get(0).value()).isEqualTo(900);
        });
        assertThat(store.list()).hasSize(1);
        assertThat(store.delete("latency-p99")).isTrue();
        assertThat(store.list()).isEmpty();
        assertThat(store.delete("latency-p99")).isFalse();
    }

    @Test
    void monitorEvaluatesAPercentileAlarmAtEachPeriodEndAndNotifiesChanges() {
        store.put(p99Alarm());
        SamplesSource source = new SamplesSource(LATENCY);
        List<AlarmEvaluation> notified = new ArrayList<>();
        AlarmMonitor monitor = new AlarmMonitor(store, source, clock, (alarm, e) -> notified.add(e));
        // Each 10 s period: 99 fast requests and one slow one. Average ~ 110 ms, p99 = the slow-ish tail.
        for (int period = 0; period < 6; period++) {
            Instant start = T0.plusSeconds(10L * period);
            for (int i = 0; i < 99; i++) {
                source.add(start.plusMillis(i * 100L), 100);
            }
            source.add(start.plusMillis(9_950), period >= 2 ? 10_000 : 100);
            for (int i = 0; i < 3; i++) {
                source.add(start.plusMillis(9_960 + i), period >= 2 ? 900 : 100);
            }
        }
        clock.set(T0.plusSeconds(10));
        assertThat(monitor.evaluateDue(TaskContext.none())).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(AlarmState.OK));
        assertThat(source.queries).singleElement()
                .satisfies(q -> assertThat(q.statistic()).isEqualTo(Statistic.parse("p99")));
        clock.set(T0.plusSeconds(15));
        assertThat(monitor.evaluateDue(TaskContext.none())).as("nothing due inside a period").isEmpty();
        clock.set(T0.plusSeconds(40));
        List<AlarmEvaluation> changes = monitor.evaluateDue(TaskContext.none());
        // evaluated at 20 (OK), 30 (one slow period: OK), 40 (two slow periods: ALARM)
        assertThat(changes).singleElement().satisfies(e -> {
            assertThat(e.time()).isEqualTo(T0.plusSeconds(40));
            assertThat(e.state()).isEqualTo(AlarmState.ALARM);
            assertThat(e.datapoints()).extracting(EvaluatedDatapoint::value).containsExactly(900.0, 900.0);
        });
        assertThat(notified).extracting(AlarmEvaluation::state).containsExactly(AlarmState.OK, AlarmState.ALARM);
        assertThat(store.find("latency-p99").orElseThrow().state()).isEqualTo(AlarmState.ALARM);
        assertThat(store.history("latency-p99", 10)).extracting(AlarmHistoryEntry::newState)
                .containsExactly(AlarmState.ALARM, AlarmState.OK);
        assertThat(monitor.nextEvaluation()).contains(T0.plusSeconds(50));
    }
}
