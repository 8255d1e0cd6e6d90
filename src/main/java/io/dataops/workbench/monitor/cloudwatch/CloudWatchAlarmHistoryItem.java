package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.monitor.alarm.AlarmState;
import java.time.Instant;
import java.util.Optional;

/**
 * One DescribeAlarmHistory item: when, what kind ({@code StateUpdate}, {@code ConfigurationUpdate},
 * {@code Action}), CloudWatch's summary, and for a state update the old and new state with the new state's
 * reason, read from the item's HistoryData JSON.
 */
public record CloudWatchAlarmHistoryItem(String alarmName, Instant time, String type, String summary,
                                         Optional<AlarmState> oldState, Optional<AlarmState> newState,
                                         String newStateReason) {

    public static final String STATE_UPDATE = "StateUpdate";
    public static final String CONFIGURATION_UPDATE = "ConfigurationUpdate";

    public CloudWatchAlarmHistoryItem {
        summary = summary == null ? "" : summary;
        newStateReason = newStateReason == null ? "" : newStateReason;
    }

    public boolean stateUpdate() {
        return STATE_UPDATE.equals(type);
    }

    /** {@code OK -> ALARM} for a state update, else empty. */
    public String change() {
        return oldState.isPresent() || newState.isPresent()
                ? oldState.map(Enum::name).orElse("?") + " -> " + newState.map(Enum::name).orElse("?") : "";
    }
}
