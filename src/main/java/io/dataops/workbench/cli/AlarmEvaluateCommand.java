package io.dataops.workbench.cli;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.AlarmJson;
import io.dataops.workbench.monitor.alarm.AlarmReplay;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.DatapointCsv;
import io.dataops.workbench.monitor.alarm.EvaluationJson;
import io.dataops.workbench.monitor.metric.Datapoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dataops alarm evaluate}: replays per-period datapoints through the CloudWatch-compatible evaluator at
 * every period end and prints each evaluation. Never opens a workspace.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Replay datapoints through an alarm at every period end, as CloudWatch would evaluate it.",
                "ALARM.json uses PutMetricAlarm's field names; FILE.csv has the header 'timestamp,value' and one row"
                        + " per period with data (timestamp = the period's start, ISO-8601 UTC)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  --fail-on-alarm and some evaluation is ALARM",
                "  2  a bad option, file or alarm definition (message on stderr)"})
final class AlarmEvaluateCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    private CommandSpec spec;

    @Option(names = "--alarm", required = true, paramLabel = "ALARM.json", description = "The alarm definition.")
    private Path alarmFile;

    @Option(names = "--datapoints", required = true, paramLabel = "FILE.csv", description = "Per-period datapoints.")
    private Path datapointsFile;

    @Option(names = "--from", paramLabel = "T", description = "First instant (ISO-8601 UTC; default: the first datapoint).")
    private String from;

    @Option(names = "--to", paramLabel = "T", description = "Last evaluation time (default: the end of the last datapoint's period).")
    private String to;

    @Option(names = "--initial-state", paramLabel = "STATE", defaultValue = "INSUFFICIENT_DATA",
            description = "OK, ALARM or INSUFFICIENT_DATA (default: ${DEFAULT-VALUE}).")
    private String initialState;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--fail-on-alarm", description = "Exit 1 when any evaluation is ALARM.")
    private boolean failOnAlarm;

    @Override
    public Integer call() {
        AlarmDefinition alarm = AlarmJson.read(alarmFile);
        List<Datapoint> points = DatapointCsv.read(datapointsFile);
        DatapointCsv.requireAligned(points, alarm.periodDuration().getSeconds(), datapointsFile.toString());
        AlarmState initial = parseState();
        AlarmReplay.Result result = replay(alarm, points, initial);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(EvaluationJson.write(result.evaluations()));
        } else {
            printText(out, alarm, result);
        }
        out.flush();
        return failOnAlarm && result.anyAlarm() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private AlarmReplay.Result replay(AlarmDefinition alarm, List<Datapoint> points, AlarmState initial) {
        if (from == null && to == null) {
            return AlarmReplay.replay(alarm, points, initial, TaskContext.none());
        }
        if (points.isEmpty() && (from == null || to == null)) {
            throw new UserFacingException("The datapoints file " + datapointsFile
                    + " has no rows: give both --from and --to to evaluate an empty series.");
        }
        Instant start = from != null ? instant("--from", from) : points.get(0).timestamp();
        Instant end = to != null ? instant("--to", to)
                : points.get(points.size() - 1).timestamp().plus(alarm.periodDuration());
        if (!start.isBefore(end)) {
            throw new UserFacingException("--from (" + start + ") must be before --to (" + end + ").");
        }
        return AlarmReplay.replay(alarm, points, start, end, initial, TaskContext.none());
    }

    private AlarmState parseState() {
        try {
            return AlarmState.parse(initialState);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--initial-state: " + e.getMessage(), e);
        }
    }

    private static Instant instant(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(option + " '" + text + "' is not an ISO-8601 UTC instant such as"
                    + " 2026-11-24T06:00:00Z.", e);
        }
    }

    private static void printText(PrintWriter out, AlarmDefinition alarm, AlarmReplay.Result result) {
        out.printf("%s: %d evaluations, %d state changes%n", alarm.alarmName(), result.evaluations().size(),
                result.stateChanges().size());
        for (AlarmEvaluation evaluation : result.evaluations()) {
            out.printf("%s  %-17s %s  %s%n", evaluation.time(), evaluation.state(),
                    evaluation.changed() ? "(was " + evaluation.previousState() + ")" : "", evaluation.reason());
        }
    }
}
