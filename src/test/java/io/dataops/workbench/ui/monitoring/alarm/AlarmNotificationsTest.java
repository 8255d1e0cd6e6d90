package io.dataops.workbench.ui.monitoring.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.ComparisonOperator;
import io.dataops.workbench.monitor.alarm.TreatMissingData;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmNotificationsTest {

    private static final MetricId CPU = MetricId.of("Host", "CPUUtilization", Map.of("host", "build-1"));
    private static final Instant T = Instant.parse("2026-11-24T06:00:00Z");

    private final List<String> shown = new ArrayList<>();
    private final AlarmNotifications notifications = new AlarmNotifications(
            (title, text, alarm) -> shown.add(title + " | " + text + " | " + (alarm ? "warning" : "info")));

    @Test
    void aStateChangeShowsOneNotificationWithNameStatesAndReason() {
        notifications.flush(); // the start-up round, nothing changed
        notifications.stateChanged(alarm("cpu-high"), change(AlarmState.OK, AlarmState.ALARM,
                "Threshold Crossed: 1 datapoint [95.0] was greater than the threshold (80.0)."));
        assertThat(shown).isEmpty(); // nothing before the round is over
        notifications.flush();
        assertThat(shown).containsExactly("Alarm cpu-high: OK \u2192 ALARM | Threshold Crossed: 1 datapoint [95.0]"
                + " was greater than the threshold (80.0). | warning");
        notifications.flush();
        assertThat(shown).hasSize(1);
    }

    @Test
    void startUpLeavingInsufficientDataForOkIsQuietButAlarmIsAnnounced() {
        notifications.stateChanged(alarm("a"), change(AlarmState.INSUFFICIENT_DATA, AlarmState.OK, "ok"));
        notifications.stateChanged(alarm("b"), change(AlarmState.INSUFFICIENT_DATA, AlarmState.ALARM, "high"));
        notifications.flush();
        assertThat(shown).containsExactly("Alarm b: INSUFFICIENT_DATA \u2192 ALARM | high | warning");
        notifications.stateChanged(alarm("c"), change(AlarmState.INSUFFICIENT_DATA, AlarmState.OK, "back"));
        notifications.flush();
        assertThat(shown).last().isEqualTo("Alarm c: INSUFFICIENT_DATA \u2192 OK | back | info");
    }

    @Test
    void aCatchUpRoundShowsEachAlarmOnceFromItsFirstToItsLastState() {
        notifications.flush();
        notifications.stateChanged(alarm("cpu"), change(AlarmState.OK, AlarmState.ALARM, "up"));
        notifications.stateChanged(alarm("cpu"), change(AlarmState.ALARM, AlarmState.OK, "down"));
        notifications.stateChanged(alarm("disk"), change(AlarmState.OK, AlarmState.ALARM, "full"));
        notifications.stateChanged(alarm("disk"), change(AlarmState.ALARM, AlarmState.INSUFFICIENT_DATA, "gone"));
        notifications.flush();
        // cpu ended where it began: no news.
        assertThat(shown).containsExactly("Alarm disk: OK \u2192 INSUFFICIENT_DATA | gone | info");
    }

    @Test
    void manyChangesAtOnceAreCoalescedIntoAFewNotifications() {
        notifications.flush();
        for (int i = 1; i <= 7; i++) {
            notifications.stateChanged(alarm("alarm-" + i), change(AlarmState.OK, AlarmState.ALARM, "r" + i));
        }
        notifications.flush();
        assertThat(shown).hasSize(AlarmNotifications.MAX_AT_ONCE);
        assertThat(shown.get(0)).startsWith("Alarm alarm-1: OK \u2192 ALARM");
        assertThat(shown.get(1)).startsWith("Alarm alarm-2: OK \u2192 ALARM");
        assertThat(shown.get(2)).startsWith("5 more alarm state changes | Alarm alarm-3: OK \u2192 ALARM\n")
                .contains("Alarm alarm-7: OK \u2192 ALARM").endsWith("| warning");
    }

    private static AlarmDefinition alarm(String name) {
        return AlarmDefinition.of(name, CPU, Statistic.parse("Average"), 60, 1, 1, 80,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.MISSING);
    }

    private static AlarmEvaluation change(AlarmState from, AlarmState to, String reason) {
        return new AlarmEvaluation(T, to, from, reason, List.of());
    }
}
