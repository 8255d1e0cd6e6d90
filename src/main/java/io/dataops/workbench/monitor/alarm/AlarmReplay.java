package io.dataops.workbench.monitor.alarm;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Backtest: replays a series already aggregated per period (as {@code MetricSource.query} returns it) through
 * the {@link AlarmEvaluator} at every period end in {@code (from, to]}, carrying the state from one evaluation
 * to the next, as CloudWatch would have evaluated the alarm over that time.
 */
public final class AlarmReplay {

    private AlarmReplay() {
    }

    /** Every evaluation and the subset that changed state. */
    public record Result(List<AlarmEvaluation> evaluations, List<AlarmEvaluation> stateChanges) {
        public Result {
            evaluations = List.copyOf(evaluations);
            stateChanges = List.copyOf(stateChanges);
        }

        public boolean anyAlarm() {
            return evaluations.stream().anyMatch(e -> e.state() == AlarmState.ALARM);
        }
    }

    /**
     * Evaluates at each period end {@code t} with {@code from < t <= to}; {@code from} and {@code to} are rounded
     * to period boundaries (from down, to up), so a range given as the series' first and last timestamps
     * covers every datapoint.
     */
    public static Result replay(AlarmDefinition alarm, List<Datapoint> series, Instant from, Instant to,
                                AlarmState initialState, TaskContext context) {
        long period = alarm.periodDuration().getSeconds();
        long first = Math.floorDiv(from.getEpochSecond(), period) * period + period;
        long last = Math.floorDiv(to.getEpochSecond() + period - 1, period) * period;
        NavigableMap<Instant, Double> byTime = new TreeMap<>();
        series.forEach(d -> byTime.put(d.timestamp(), d.value()));
        List<AlarmEvaluation> evaluations = new ArrayList<>();
        List<AlarmEvaluation> changes = new ArrayList<>();
        AlarmState state = initialState;
        long total = Math.max(1, (last - first) / period + 1);
        long done = 0;
        for (long t = first; t <= last; t += period) {
            if ((done++ & 1023) == 0) {
                context.checkCancelled();
                context.progress(done, total);
            }
            AlarmEvaluation evaluation = AlarmEvaluator.evaluate(alarm, Instant.ofEpochSecond(t), byTime, state);
            evaluations.add(evaluation);
            if (evaluation.changed()) {
                changes.add(evaluation);
            }
            state = evaluation.state();
        }
        return new Result(evaluations, changes);
    }

    /** Over the whole series: from its first timestamp to the end of its last period. */
    public static Result replay(AlarmDefinition alarm, List<Datapoint> series, AlarmState initialState,
                                TaskContext context) {
        if (series.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        Instant first = series.stream().map(Datapoint::timestamp).min(Instant::compareTo).orElseThrow();
        Instant last = series.stream().map(Datapoint::timestamp).max(Instant::compareTo).orElseThrow();
        return replay(alarm, series, first, last.plus(alarm.periodDuration()), initialState, context);
    }
}
