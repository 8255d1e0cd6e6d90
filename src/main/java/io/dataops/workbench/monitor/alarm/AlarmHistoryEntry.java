package io.dataops.workbench.monitor.alarm;

import java.time.Instant;
import java.util.List;

/** One state change of an alarm, with the datapoints that caused it. */
public record AlarmHistoryEntry(String alarmName, Instant time, AlarmState oldState, AlarmState newState,
                                String reason, List<EvaluatedDatapoint> datapoints) {

    public AlarmHistoryEntry {
        datapoints = List.copyOf(datapoints);
    }
}
