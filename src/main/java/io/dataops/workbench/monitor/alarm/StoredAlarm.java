package io.dataops.workbench.monitor.alarm;

import java.time.Instant;
import java.util.Optional;

/** An alarm as the workspace keeps it: its definition and its current state. */
public record StoredAlarm(AlarmDefinition definition, AlarmState state, String stateReason, Instant stateUpdatedAt,
                          Optional<Instant> lastEvaluatedAt) {

    public String name() {
        return definition.alarmName();
    }
}
