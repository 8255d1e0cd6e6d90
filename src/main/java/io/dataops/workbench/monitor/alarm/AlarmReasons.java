package io.dataops.workbench.monitor.alarm;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** State reasons worded like CloudWatch's StateReason, so users recognise them. */
final class AlarmReasons {

    enum Kind { THRESHOLD, NO_DATA, IGNORED, PREMATURE, TOO_FEW }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yy HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private AlarmReasons() {
    }

    static String reason(AlarmDefinition alarm, Kind kind, List<EvaluatedDatapoint> used, AlarmState state,
                         int realCount, int range) {
        String threshold = number(alarm.threshold());
        String phrase = alarm.comparisonOperator().phrase();
        return switch (kind) {
            case NO_DATA -> "Insufficient Data: " + range + " datapoints were unknown.";
            case IGNORED -> "Missing data is ignored (TreatMissingData: ignore): " + realCount + " of " + range
                    + " datapoints were known, so the state stays " + state + ".";
            case TOO_FEW -> "Insufficient Data: only " + realCount + " of the last " + range
                    + " datapoints were known " + list(used) + " and none is old enough to alarm early.";
            case PREMATURE -> "Threshold Crossed: no datapoint in the last " + range + " was not " + phrase
                    + " the threshold (" + threshold + ") and the oldest breaching one " + list(used)
                    + " is at least " + alarm.datapointsToAlarmCount() + " periods old.";
            case THRESHOLD -> threshold(alarm, used, state, threshold, phrase);
        };
    }

    private static String threshold(AlarmDefinition alarm, List<EvaluatedDatapoint> used, AlarmState state,
                                    String threshold, String phrase) {
        boolean alarming = state == AlarmState.ALARM;
        List<EvaluatedDatapoint> shown = used.stream().filter(p -> p.breaching() == alarming).toList();
        int m = alarm.datapointsToAlarmCount();
        int needed = alarming ? m : used.size() - m + 1;
        String transition = alarming ? "OK -> ALARM" : "ALARM -> OK";
        return "Threshold Crossed: " + shown.size() + " out of the last " + used.size() + " datapoint"
                + (used.size() == 1 ? "" : "s") + " " + list(shown) + (shown.size() == 1 ? " was " : " were ")
                + (alarming ? "" : "not ") + phrase + " the threshold (" + threshold + ") (minimum " + needed
                + " datapoint" + (needed == 1 ? "" : "s") + " for " + transition + " transition).";
    }

    private static String list(List<EvaluatedDatapoint> points) {
        return points.stream()
                .map(p -> (p.filled() ? "missing, filled as " + (p.breaching() ? "breaching" : "not breaching")
                        : number(p.value())) + " (" + TIME.format(p.timestamp()) + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return Double.toString(value);
    }
}
