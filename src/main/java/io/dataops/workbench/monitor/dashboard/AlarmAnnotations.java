package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Instant;
import java.util.List;

/**
 * What dashboards show of alarms: thresholds of the alarms on a charted metric, their state changes, and
 * an alarm's current state. The alarm feature implements it; {@link #NONE} knows no alarms.
 */
public interface AlarmAnnotations {

    /** An alarm's threshold on a metric, labelled for the chart ({@code CpuHigh > 80}). */
    record Threshold(String label, double value) {
    }

    /** An alarm went to {@code state} (OK, ALARM, INSUFFICIENT_DATA) at {@code time}. */
    record StateChange(Instant time, String state) {
    }

    List<Threshold> thresholds(MetricId metric, Statistic statistic);

    List<StateChange> stateChanges(MetricId metric, Statistic statistic, Instant from, Instant to);

    /** The alarm's state now: OK, ALARM, INSUFFICIENT_DATA, or UNKNOWN for an alarm that does not exist. */
    String state(String alarmName);

    AlarmAnnotations NONE = new AlarmAnnotations() {
        @Override
        public List<Threshold> thresholds(MetricId metric, Statistic statistic) {
            return List.of();
        }

        @Override
        public List<StateChange> stateChanges(MetricId metric, Statistic statistic, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public String state(String alarmName) {
            return "UNKNOWN";
        }
    };
}
