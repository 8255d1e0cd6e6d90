package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.monitor.metric.Datapoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What one widget shows after a fetch: its series over {@code [from, to)} at {@code period}, the alarm
 * thresholds and state changes on its metrics, and for an alarm-status widget the state of each alarm.
 */
public record WidgetData(Widget widget, Duration period, Instant from, Instant to, List<WidgetSeries> series,
                         List<AlarmAnnotations.Threshold> thresholds, List<AlarmAnnotations.StateChange> stateChanges,
                         Map<String, String> alarmStates) {

    public WidgetData {
        series = List.copyOf(series);
        thresholds = List.copyOf(thresholds);
        stateChanges = List.copyOf(stateChanges);
        alarmStates = Map.copyOf(alarmStates);
    }

    /** The most recent value of the first series that has one: what a single-number widget shows. */
    public OptionalDouble latestValue() {
        for (WidgetSeries s : series) {
            List<Datapoint> points = s.points();
            if (!points.isEmpty()) {
                return OptionalDouble.of(points.get(points.size() - 1).value());
            }
        }
        return OptionalDouble.empty();
    }

    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }
}
