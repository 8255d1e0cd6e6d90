package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmState;
import java.time.Instant;
import java.util.Optional;

/**
 * An alarm as DescribeAlarms returns it: its current state, and for a single-metric alarm its definition in
 * our PutMetricAlarm form. Metric-math and composite alarms have no such definition: they are listed by name
 * and state, with {@code detail} saying what they watch (the expressions, or the alarm rule).
 */
public record CloudWatchAlarm(String name, Kind kind, Optional<AlarmDefinition> definition, AlarmState state,
                              String stateReason, Instant stateUpdatedAt, String detail) {

    /** What DescribeAlarms lists. */
    public enum Kind {
        /** One metric, one statistic, one threshold: maps to an {@link AlarmDefinition}. */
        METRIC,
        /** A metric alarm on metric math or several metrics (its {@code Metrics} list). */
        METRIC_MATH,
        /** An alarm whose rule combines other alarms. */
        COMPOSITE
    }

    public CloudWatchAlarm {
        stateReason = stateReason == null ? "" : stateReason;
        detail = detail == null ? "" : detail;
    }
}
