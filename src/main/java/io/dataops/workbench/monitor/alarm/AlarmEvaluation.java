package io.dataops.workbench.monitor.alarm;

import java.time.Instant;
import java.util.List;

/**
 * One evaluation of an alarm at a period end: the state it gave, the state before, a reason in the style of
 * CloudWatch's StateReason, and the datapoints it used (the "why").
 */
public record AlarmEvaluation(Instant time, AlarmState state, AlarmState previousState, String reason,
                              List<EvaluatedDatapoint> datapoints) {

    public AlarmEvaluation {
        datapoints = List.copyOf(datapoints);
    }

    public boolean changed() {
        return state != previousState;
    }
}
