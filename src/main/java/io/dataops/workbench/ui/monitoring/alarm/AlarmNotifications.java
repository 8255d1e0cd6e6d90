package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.AlarmState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Turns alarm state changes into desktop notifications. {@link #stateChanged} collects them on the evaluating
 * thread; {@link #flush} (on the FX thread, after each evaluation round) shows them, coalesced: one per alarm
 * (its latest change, from the state before the round), at most {@link #MAX_AT_ONCE}, the rest summed up in
 * one more. The first round after start-up does not announce alarms leaving INSUFFICIENT_DATA for OK: every
 * alarm does that when the app opens, and only a move to ALARM is news then.
 */
public final class AlarmNotifications {

    /** Shows one notification; the app's implementation is a ControlsFX popup. */
    @FunctionalInterface
    public interface Notifier {
        void show(String title, String text, boolean alarm);
    }

    public static final int MAX_AT_ONCE = 3;

    private final Notifier notifier;
    private final ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();
    private boolean firstRound = true;

    public AlarmNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    /** An {@code AlarmMonitor.Listener}: safe on any thread. */
    public void stateChanged(AlarmDefinition alarm, AlarmEvaluation evaluation) {
        pending.add(new Change(alarm.alarmName(), evaluation));
    }

    /** Shows what the last round changed; call on the FX thread once the round is over. */
    public void flush() {
        Map<String, Change[]> byAlarm = new LinkedHashMap<>();
        for (Change change = pending.poll(); change != null; change = pending.poll()) {
            Change[] firstAndLast = byAlarm.computeIfAbsent(change.name, n -> new Change[2]);
            if (firstAndLast[0] == null) {
                firstAndLast[0] = change;
            }
            firstAndLast[1] = change;
        }
        boolean startUp = firstRound;
        firstRound = false;
        List<String[]> shown = new ArrayList<>();
        List<Boolean> alarms = new ArrayList<>();
        for (Change[] firstAndLast : byAlarm.values()) {
            AlarmState from = firstAndLast[0].evaluation.previousState();
            AlarmEvaluation last = firstAndLast[1].evaluation;
            if (from == last.state()
                    || (startUp && from == AlarmState.INSUFFICIENT_DATA && last.state() != AlarmState.ALARM)) {
                continue;
            }
            shown.add(new String[] {"Alarm " + firstAndLast[1].name + ": " + from + " \u2192 " + last.state(),
                    last.reason()});
            alarms.add(last.state() == AlarmState.ALARM);
        }
        int direct = shown.size() <= MAX_AT_ONCE ? shown.size() : MAX_AT_ONCE - 1;
        for (int i = 0; i < direct; i++) {
            notifier.show(shown.get(i)[0], shown.get(i)[1], alarms.get(i));
        }
        if (direct < shown.size()) {
            List<String> rest = shown.subList(direct, shown.size()).stream().map(s -> s[0]).toList();
            notifier.show((shown.size() - direct) + " more alarm state changes", String.join("\n", rest),
                    alarms.subList(direct, alarms.size()).contains(true));
        }
    }

    private record Change(String name, AlarmEvaluation evaluation) {
    }
}
