package io.dataops.workbench.monitor.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both example tables of "How alarm state is evaluated when data is missing" (Amazon CloudWatch User Guide,
 * Configuring how CloudWatch alarms treat missing data), copied row by row: the five most recent datapoints
 * (oldest left; 0 not breaching, X breaching, - missing) and the state under MISSING, IGNORE, BREACHING and
 * NOT BREACHING. "RETAIN" is the table's "Retain current state": checked from both OK and ALARM.
 */
class AwsMissingDataTablesTest {

    private static final int PERIOD = 300;
    private static final Instant END = Instant.parse("2026-11-24T06:00:00Z");

    static Stream<Arguments> threeOfThree() {
        return Stream.of(
                row("0 - X - X", "OK", "OK", "OK", "OK"),
                row("0 - - - -", "OK", "OK", "OK", "OK"),
                row("- - - - -", "INSUFFICIENT_DATA", "RETAIN", "ALARM", "OK"),
                row("0 X X - X", "ALARM", "ALARM", "ALARM", "ALARM"),
                row("- - X - -", "ALARM", "RETAIN", "ALARM", "OK"));
    }

    static Stream<Arguments> twoOfThree() {
        return Stream.of(
                row("0 - X - X", "ALARM", "ALARM", "ALARM", "ALARM"),
                row("0 0 X 0 X", "ALARM", "ALARM", "ALARM", "ALARM"),
                row("0 - X - -", "OK", "OK", "ALARM", "OK"),
                row("- - - - 0", "OK", "OK", "ALARM", "OK"),
                row("- - - X -", "ALARM", "RETAIN", "ALARM", "OK"));
    }

    @ParameterizedTest(name = "3 of 3: {0} under {1} -> {2}")
    @MethodSource("threeOfThreeCases")
    void threeOfThreeTable(String data, TreatMissingData treat, String expected) {
        check(3, 3, data, treat, expected);
    }

    @ParameterizedTest(name = "2 of 3: {0} under {1} -> {2}")
    @MethodSource("twoOfThreeCases")
    void twoOfThreeTable(String data, TreatMissingData treat, String expected) {
        check(3, 2, data, treat, expected);
    }

    static Stream<Arguments> threeOfThreeCases() {
        return expand(threeOfThree());
    }

    static Stream<Arguments> twoOfThreeCases() {
        return expand(twoOfThree());
    }

    private static void check(int n, int m, String data, TreatMissingData treat, String expected) {
        AlarmDefinition alarm = alarm(n, m, treat);
        List<Datapoint> points = datapoints(data);
        if (expected.equals("RETAIN")) {
            for (AlarmState previous : List.of(AlarmState.OK, AlarmState.ALARM, AlarmState.INSUFFICIENT_DATA)) {
                assertThat(AlarmEvaluator.evaluate(alarm, END, points, previous).state()).as("from " + previous)
                        .isEqualTo(previous);
            }
            return;
        }
        for (AlarmState previous : AlarmState.values()) {
            AlarmEvaluation evaluation = AlarmEvaluator.evaluate(alarm, END, points, previous);
            assertThat(evaluation.state()).as("from " + previous + ": " + evaluation.reason())
                    .isEqualTo(AlarmState.valueOf(expected));
            assertThat(evaluation.previousState()).isEqualTo(previous);
        }
    }

    static AlarmDefinition alarm(int n, int m, TreatMissingData treat) {
        return AlarmDefinition.of("table", MetricId.of("Test", "Errors", Map.of()), Statistic.MAXIMUM, PERIOD, n, m,
                1.0, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, treat);
    }

    /** The five symbols are the five periods before END, oldest first. */
    static List<Datapoint> datapoints(String data) {
        String[] symbols = data.trim().split("\\s+");
        List<Datapoint> points = new ArrayList<>();
        for (int i = 0; i < symbols.length; i++) {
            Instant start = END.minusSeconds((long) PERIOD * (symbols.length - i));
            switch (symbols[i]) {
                case "0" -> points.add(new Datapoint(start, 0.0));
                case "X" -> points.add(new Datapoint(start, 5.0));
                case "-" -> { }
                default -> throw new IllegalArgumentException(symbols[i]);
            }
        }
        return points;
    }

    private static Arguments row(String data, String missing, String ignore, String breaching, String notBreaching) {
        return Arguments.of(data, missing, ignore, breaching, notBreaching);
    }

    private static Stream<Arguments> expand(Stream<Arguments> rows) {
        return rows.flatMap(r -> {
            Object[] a = r.get();
            return Stream.of(
                    Arguments.of(a[0], TreatMissingData.MISSING, a[1]),
                    Arguments.of(a[0], TreatMissingData.IGNORE, a[2]),
                    Arguments.of(a[0], TreatMissingData.BREACHING, a[3]),
                    Arguments.of(a[0], TreatMissingData.NOT_BREACHING, a[4]));
        });
    }
}
