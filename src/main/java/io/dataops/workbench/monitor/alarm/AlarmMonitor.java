package io.dataops.workbench.monitor.alarm;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates every stored alarm at each of its period ends, records the states and the state changes in the
 * {@link AlarmStore}, and tells a listener about each change (the app turns that into a desktop notification).
 * It starts no thread: the app calls {@link #evaluateDue} on a timer, at {@link #nextEvaluation} or every few
 * seconds. Period ends missed while the app was closed are caught up, up to {@link #MAX_CATCH_UP} of them.
 */
public final class AlarmMonitor {

    /** Told about every state change, on the thread that called {@link #evaluateDue}. */
    @FunctionalInterface
    public interface Listener {
        void stateChanged(AlarmDefinition alarm, AlarmEvaluation evaluation);
    }

    /** At most this many missed period ends are evaluated per alarm in one call. */
    public static final int MAX_CATCH_UP = 1000;

    private final AlarmStore store;
    private final MetricSource source;
    private final Clock clock;
    private final Listener listener;

    public AlarmMonitor(AlarmStore store, MetricSource source, Clock clock, Listener listener) {
        this.store = store;
        this.source = source;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Evaluates each alarm at every period end since its last evaluation (only the latest one for an alarm
     * never evaluated) and returns the state changes, oldest first per alarm. All metric queries go to the
     * source in one call.
     */
    public List<AlarmEvaluation> evaluateDue(TaskContext context) {
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        for (StoredAlarm alarm : store.list()) {
            dueRange(alarm, now).ifPresent(due::add);
        }
        if (due.isEmpty()) {
            return List.of();
        }
        List<MetricSeries> series = source.query(due.stream().map(Due::query).toList(), context);
        List<AlarmEvaluation> changes = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            context.checkCancelled();
            Due d = due.get(i);
            AlarmReplay.Result result = AlarmReplay.replay(d.alarm.definition(), series.get(i).datapoints(),
                    d.from, d.to, d.alarm.state(), TaskContext.none());
            for (AlarmEvaluation evaluation : result.evaluations()) {
                store.record(d.alarm.name(), evaluation);
                if (evaluation.changed()) {
                    changes.add(evaluation);
                    listener.stateChanged(d.alarm.definition(), evaluation);
                }
            }
        }
        return changes;
    }

    /** When the next period end of any stored alarm comes; empty when there are no alarms. */
    public Optional<Instant> nextEvaluation() {
        Instant now = clock.instant();
        return store.list().stream().map(a -> {
            long period = a.definition().periodDuration().getSeconds();
            return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), period) * period + period);
        }).min(Instant::compareTo);
    }

    private static Optional<Due> dueRange(StoredAlarm alarm, Instant now) {
        AlarmDefinition definition = alarm.definition();
        long period = definition.periodDuration().getSeconds();
        long latestEnd = Math.floorDiv(now.getEpochSecond(), period) * period;
        long lastDone = alarm.lastEvaluatedAt().map(Instant::getEpochSecond).orElse(latestEnd - period);
        if (lastDone >= latestEnd) {
            return Optional.empty();
        }
        lastDone = Math.max(lastDone, latestEnd - period * MAX_CATCH_UP);
        long rangeStart = lastDone + period - period * (definition.evaluationPeriodCount()
                + AlarmEvaluator.EXTRA_RANGE_PERIODS);
        MetricQuery query = new MetricQuery(definition.metricId(), definition.metricStatistic(),
                definition.periodDuration(), Instant.ofEpochSecond(rangeStart), Instant.ofEpochSecond(latestEnd));
        return Optional.of(new Due(alarm, query, Instant.ofEpochSecond(lastDone), Instant.ofEpochSecond(latestEnd)));
    }

    /** One alarm to evaluate at the period ends in {@code (from, to]}, and the query that feeds it. */
    private record Due(StoredAlarm alarm, MetricQuery query, Instant from, Instant to) {
    }
}
