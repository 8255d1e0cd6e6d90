package io.dataops.workbench.monitor.alarm;

import java.time.Instant;

/**
 * One datapoint an evaluation used: a real one (its value) or a missing one filled in as TreatMissingData
 * says ({@code filled}, value NaN, {@code breaching} as the setting decided).
 */
public record EvaluatedDatapoint(Instant timestamp, double value, boolean filled, boolean breaching) {

    public static EvaluatedDatapoint real(Instant timestamp, double value, boolean breaching) {
        return new EvaluatedDatapoint(timestamp, value, false, breaching);
    }

    public static EvaluatedDatapoint filled(Instant timestamp, boolean breaching) {
        return new EvaluatedDatapoint(timestamp, Double.NaN, true, breaching);
    }
}
