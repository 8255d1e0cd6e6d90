package io.dataops.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlarmEvaluateCommandTest {

    @TempDir
    Path dir;

    private Path alarm(String treat) throws IOException {
        return Files.writeString(dir.resolve("alarm.json"), """
                {"AlarmName":"errors","Namespace":"App","MetricName":"Errors","Statistic":"Sum","Period":60,
                 "EvaluationPeriods":3,"DatapointsToAlarm":2,"Threshold":5,
                 "ComparisonOperator":"GreaterThanOrEqualToThreshold","TreatMissingData":"%s"}
                """.formatted(treat));
    }

    private Path csv(String body) throws IOException {
        return Files.writeString(dir.resolve("points.csv"), "timestamp,value\n" + body);
    }

    private CliRun run(String... args) {
        return CliRun.run(Map.of("DATAOPS_WORKSPACE", dir.resolve("ws").toString()), args);
    }

    @Test
    void jsonOutputHasOneEvaluationPerPeriodEndWithTheDatapointsUsed() throws IOException {
        Path points = csv("""
                2026-11-24T06:00:00Z,1
                2026-11-24T06:01:00Z,7
                2026-11-24T06:03:00Z,9
                """);
        CliRun run = run("alarm", "evaluate", "--alarm", alarm("breaching").toString(), "--datapoints",
                points.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode evaluations = root.get("evaluations");
        assertThat(evaluations).hasSize(4);
        List<String> times = new ArrayList<>();
        List<String> states = new ArrayList<>();
        evaluations.forEach(e -> {
            times.add(e.get("time").asText());
            states.add(e.get("state").asText());
        });
        assertThat(times).containsExactly("2026-11-24T06:01:00Z", "2026-11-24T06:02:00Z", "2026-11-24T06:03:00Z",
                "2026-11-24T06:04:00Z");
        // 06:01 [2 filled breaching + 1] ALARM; 06:02 [1,7 + 1 filled] ALARM; 06:03 [1,7 + 1 filled] ALARM;
        // 06:04: 3 real (1,7,9): 7 and 9 breach -> ALARM
        assertThat(states).containsOnly("ALARM");
        JsonNode first = evaluations.get(0).get("datapoints");
        assertThat(first).hasSize(3);
        // the one real datapoint, plus the two missing periods just before it, filled
        assertThat(first.get(0).get("timestamp").asText()).isEqualTo("2026-11-24T05:58:00Z");
        assertThat(first.get(0).get("filled").asBoolean()).isTrue();
        assertThat(first.get(0).get("value").isNull()).isTrue();
        assertThat(first.get(2).get("timestamp").asText()).isEqualTo("2026-11-24T06:00:00Z");
        assertThat(first.get(2).get("filled").asBoolean()).isFalse();
        assertThat(first.get(2).get("value").asDouble()).isEqualTo(1.0);
        assertThat(run.out()).doesNotContain("\"State\"");
        assertThat(countKey(root, "state")).isEqualTo(4);
    }

    @Test
    void failOnAlarmExitsOneAndTextFormatShowsChanges() throws IOException {
        Path points = csv("2026-11-24T06:00:00Z,1\n2026-11-24T06:01:00Z,7\n2026-11-24T06:02:00Z,8\n");
        CliRun run = run("alarm", "evaluate", "--alarm", alarm("missing").toString(), "--datapoints",
                points.toString(), "--format", "text", "--fail-on-alarm", "--initial-state", "OK");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("2026-11-24T06:03:00Z  ALARM", "(was OK)", "Threshold Crossed");
        CliRun quiet = run("alarm", "evaluate", "--alarm", alarm("missing").toString(), "--datapoints",
                points.toString(), "--to", "2026-11-24T06:02:00Z", "--fail-on-alarm");
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    }

    @Test
    void badInputIsExitTwoWithAClearMessage() throws IOException {
        Path unaligned = csv("2026-11-24T06:00:30Z,1\n");
        CliRun run = run("alarm", "evaluate", "--alarm", alarm("missing").toString(), "--datapoints",
                unaligned.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not the start of a 60 s period").doesNotContain("Exception");
        Path badValue = csv("2026-11-24T06:00:00Z,lots\n");
        CliRun second = run("alarm", "evaluate", "--alarm", alarm("missing").toString(), "--datapoints",
                badValue.toString());
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("line 2: 'lots' is not a number");
        CliRun state = run("alarm", "evaluate", "--alarm", alarm("missing").toString(), "--datapoints",
                badValue.toString(), "--initial-state", "RED");
        assertThat(state.exitCode()).isEqualTo(2);
    }

    private static int countKey(JsonNode node, String key) {
        int count = 0;
        if (node.isObject()) {
            if (node.has(key)) {
                count++;
            }
        }
        for (JsonNode child : node) {
            count += countKey(child, key);
        }
        return count;
    }
}
