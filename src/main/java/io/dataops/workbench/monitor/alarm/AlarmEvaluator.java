package io.dataops.workbench.monitor.alarm;

import io.dataops.workbench.monitor.metric.Datapoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Evaluates an alarm at one period end the way CloudWatch documents it ("How alarm state is evaluated when
 * data is missing", Amazon CloudWatch User Guide):
 * <ul>
 * <li>The evaluation range is the N+2 periods before the evaluation time (N = EvaluationPeriods); a
 * datapoint's timestamp is its period's start, aligned to the epoch.</li>
 * <li>With at least N real datapoints in the range, the N most recent real ones are used and
 * TreatMissingData plays no part.</li>
 * <li>With fewer, every real one is used and, for {@code breaching}/{@code notBreaching}, the most recent
 * missing periods are filled, only as many as needed to reach N.</li>
 * <li>Fewer than M breaching gives OK, else ALARM; a range with no data gives INSUFFICIENT_DATA
 * ({@code missing}), the previous state ({@code ignore}), ALARM ({@code breaching}) or OK ({@code notBreaching}).</li>
 * <li>"Avoiding premature transitions": with {@code missing} or {@code ignore}, when every real datapoint
 * breaches and the oldest is at least M periods old, the alarm goes to ALARM ({@code missing}) or keeps its
 * state ({@code ignore}) although fewer than M datapoints exist (rows {@code - - X - -} and {@code - - - X -}
 * of the documented tables); when every real datapoint breaches but the oldest is younger ({@code - - - - X})
 * it does not alarm yet: INSUFFICIENT_DATA, or the previous state under {@code ignore}, as the guide's
 * earlier edition of the table shows.</li>
 * </ul>
 */
public final class AlarmEvaluator {

    /** How many periods before the evaluation time CloudWatch looks back beyond N. */
    public static final int EXTRA_RANGE_PERIODS = 2;

    private AlarmEvaluator() {
    }

    public static AlarmEvaluation evaluate(AlarmDefinition alarm, Instant time, List<Datapoint> datapoints,
                                           AlarmState previous) {
        NavigableMap<Instant, Double> byTime = new TreeMap<>();
        datapoints.forEach(d -> byTime.put(d.timestamp(), d.value()));
        return evaluate(alarm, time, byTime, previous);
    }

    /**
     * Evaluates at {@code time} (rounded down to a period boundary) over datapoints keyed by period start.
     * Values that are NaN count as missing.
     */
    public static AlarmEvaluation evaluate(AlarmDefinition alarm, Instant time, NavigableMap<Instant, Double> byTime,
                                           AlarmState previous) {
        long periodSeconds = alarm.periodDuration().getSeconds();
        Instant end = Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), periodSeconds) * periodSeconds);
        int n = alarm.evaluationPeriodCount();
        int range = n + EXTRA_RANGE_PERIODS;
        Slot[] slots = new Slot[range];
        List<Slot> real = new ArrayList<>();
        for (int i = 0; i < range; i++) {
            Instant start = end.minusSeconds(periodSeconds * (range - i));
            Double value = byTime.get(start);
            slots[i] = new Slot(start, range - i, value == null || value.isNaN() ? null : value);
            if (slots[i].value != null) {
                real.add(slots[i]);
            }
        }
        Decision decision = real.size() >= n
                ? enoughData(alarm, real.subList(real.size() - n, real.size()))
                : fewerThanN(alarm, slots, real, previous);
        AlarmState state = decision.state == null ? previous : decision.state;
        String reason = AlarmReasons.reason(alarm, decision.kind, decision.used, state, real.size(), range);
        return new AlarmEvaluation(end, state, previous, reason, decision.used);
    }

    private static Decision enoughData(AlarmDefinition alarm, List<Slot> used) {
        List<EvaluatedDatapoint> points = used.stream().map(s -> s.evaluated(alarm)).toList();
        return new Decision(countState(alarm, points), AlarmReasons.Kind.THRESHOLD, points);
    }

    private static Decision fewerThanN(AlarmDefinition alarm, Slot[] slots, List<Slot> real, AlarmState previous) {
        TreatMissingData treat = alarm.missingData();
        if (treat == TreatMissingData.BREACHING || treat == TreatMissingData.NOT_BREACHING) {
            return filled(alarm, slots, real.size(), treat == TreatMissingData.BREACHING);
        }
        List<EvaluatedDatapoint> points = real.stream().map(s -> s.evaluated(alarm)).toList();
        if (real.isEmpty()) {
            return treat == TreatMissingData.MISSING
                    ? new Decision(AlarmState.INSUFFICIENT_DATA, AlarmReasons.Kind.NO_DATA, points)
                    : new Decision(null, AlarmReasons.Kind.IGNORED, points);
        }
        long breaching = points.stream().filter(EvaluatedDatapoint::breaching).count();
        if (breaching >= alarm.datapointsToAlarmCount()) {
            return new Decision(AlarmState.ALARM, AlarmReasons.Kind.THRESHOLD, points);
        }
        if (breaching < points.size()) {
            return new Decision(AlarmState.OK, AlarmReasons.Kind.THRESHOLD, points);
        }
        // Every real datapoint breaches but fewer than M exist.
        boolean oldEnough = real.get(0).age >= alarm.datapointsToAlarmCount();
        if (treat == TreatMissingData.IGNORE) {
            return new Decision(null, AlarmReasons.Kind.IGNORED, points);
        }
        return oldEnough
                ? new Decision(AlarmState.ALARM, AlarmReasons.Kind.PREMATURE, points)
                : new Decision(AlarmState.INSUFFICIENT_DATA, AlarmReasons.Kind.TOO_FEW, points);
    }

    /** Real datapoints plus the most recent missing periods, as few as reach N, filled as breaching or not. */
    private static Decision filled(AlarmDefinition alarm, Slot[] slots, int realCount, boolean breaching) {
        int toFill = alarm.evaluationPeriodCount() - realCount;
        boolean[] fill = new boolean[slots.length];
        for (int i = slots.length - 1; i >= 0 && toFill > 0; i--) {
            if (slots[i].value == null) {
                fill[i] = true;
                toFill--;
            }
        }
        List<EvaluatedDatapoint> points = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].value != null) {
                points.add(slots[i].evaluated(alarm));
            } else if (fill[i]) {
                points.add(EvaluatedDatapoint.filled(slots[i].start, breaching));
            }
        }
        return new Decision(countState(alarm, points), AlarmReasons.Kind.THRESHOLD, points);
    }

    private static AlarmState countState(AlarmDefinition alarm, List<EvaluatedDatapoint> points) {
        long breaching = points.stream().filter(EvaluatedDatapoint::breaching).count();
        return breaching >= alarm.datapointsToAlarmCount() ? AlarmState.ALARM : AlarmState.OK;
    }

    /** One period of the evaluation range; {@code age} is how many periods before the evaluation time it starts. */
    private record Slot(Instant start, int age, Double value) {
        EvaluatedDatapoint evaluated(AlarmDefinition alarm) {
            return EvaluatedDatapoint.real(start, value, alarm.comparisonOperator().breaches(value, alarm.threshold()));
        }
    }

    /** A state (null: keep the previous one), why, and the datapoints used. */
    private record Decision(AlarmState state, AlarmReasons.Kind kind, List<EvaluatedDatapoint> used) {
    }
}
