package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.EvaluatedDatapoint;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The "why" of one evaluation as text: state, reason and every datapoint used, filled ones marked. */
final class AlarmWhy {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private AlarmWhy() {
    }

    static String describe(AlarmEvaluation evaluation) {
        StringBuilder text = new StringBuilder();
        text.append(TIME.format(evaluation.time())).append(": ").append(evaluation.state());
        if (evaluation.changed()) {
            text.append(" (was ").append(evaluation.previousState()).append(')');
        }
        text.append('\n').append(evaluation.reason()).append("\n\nDatapoints used:\n");
        if (evaluation.datapoints().isEmpty()) {
            text.append("  none\n");
        }
        for (EvaluatedDatapoint point : evaluation.datapoints()) {
            text.append("  ").append(TIME.format(point.timestamp())).append("  ")
                    .append(point.filled() ? "missing, filled" : TerraformNumber.of(point.value()))
                    .append(point.breaching() ? "  breaching" : "  not breaching").append('\n');
        }
        return text.toString();
    }
}
