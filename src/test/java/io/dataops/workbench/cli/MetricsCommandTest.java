package io.dataops.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCommandTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final MetricId CPU = MetricId.of("Workbench/Host", "CPUUtilization", Map.of("Host", "box"));
    static final MetricId ROWS = MetricId.of("DataOps/Quality", "RowCount", Map.of("Suite", "s", "Asset", "payments.csv"));

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void fill() {
        workspace = dir.resolve("ws");
        try (Workspace opened = Workspace.open(workspace)) {
            new LocalMetricStore(opened::connect).put(List.of(
                    new MetricSample(CPU, "Percent", T0.plusSeconds(5), 10),
                    new MetricSample(CPU, "Percent", T0.plusSeconds(30), 30),
                    new MetricSample(CPU, "Percent", T0.plusSeconds(125), 50.5),
                    new MetricSample(ROWS, "Count", T0, 1000)));
        }
    }

    @Test
    void listsMetricsAsTextAndAsCloudWatchJson() throws Exception {
        CliRun text = CliRun.inWorkspace(workspace, "metrics", "list");
        assertThat(text.exitCode()).as(text.err()).isEqualTo(0);
        assertThat(text.out()).contains("NAMESPACE").containsPattern("Workbench/Host +CPUUtilization +Percent +Host=box")
                .containsPattern("DataOps/Quality +RowCount +Count +Asset=payments.csv,Suite=s");

        CliRun json = CliRun.inWorkspace(workspace, "metrics", "list", "--namespace", "Workbench/Host", "--format", "json");
        JsonNode metrics = new ObjectMapper().readTree(json.out()).get("Metrics");
        assertThat(metrics).hasSize(1);
        assertThat(metrics.get(0).get("MetricName").asText()).isEqualTo("CPUUtilization");
        assertThat(metrics.get(0).get("Dimensions").get(0).get("Name").asText()).isEqualTo("Host");
        assertThat(metrics.get(0).get("Dimensions").get(0).get("Value").asText()).isEqualTo("box");
        assertThat(metrics.get(0).get("Unit").asText()).isEqualTo("Percent");
    }

    @Test
    void queriesAverageByMinuteAsJsonAndCsv() throws Exception {
        CliRun json = CliRun.inWorkspace(workspace, "metrics", "query", "--namespace", "Workbench/Host", "--metric",
                "CPUUtilization", "--dimension", "Host=box", "--stat", "Average", "--period", "1m",
                "--from", "2026-03-01T10:00:00Z", "--to", "2026-03-01T12:00:00+01:00");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(0);
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("period").asLong()).isEqualTo(60);
        assertThat(result.get("unit").asText()).isEqualTo("Percent");
        assertThat(result.get("datapoints")).hasSize(2);
        assertThat(result.get("datapoints").get(0).get("timestamp").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(result.get("datapoints").get(0).get("value").asDouble()).isEqualTo(20.0);
        assertThat(result.get("datapoints").get(1).get("timestamp").asText()).isEqualTo("2026-03-01T10:02:00Z");

        CliRun csv = CliRun.inWorkspace(workspace, "metrics", "query", "--namespace", "Workbench/Host", "--metric",
                "CPUUtilization", "--dimension", "Host=box", "--stat", "p50", "--period", "300",
                "--from", "2026-03-01T10:00:00Z", "--to", "2026-03-01T10:10:00Z", "--format", "csv");
        assertThat(csv.out()).isEqualTo(String.join(System.lineSeparator(), "timestamp,value", "2026-03-01T10:00:00Z,30", ""));
    }

    @Test
    void relativeTimesReachBackFromNow() {
        try (Workspace opened = Workspace.open(workspace)) {
            new LocalMetricStore(opened::connect).put(List.of(new MetricSample(CPU, "Percent", Instant.now().minusSeconds(600), 7)));
        }
        CliRun run = CliRun.inWorkspace(workspace, "metrics", "query", "--namespace", "Workbench/Host", "--metric",
                "CPUUtilization", "--dimension", "Host=box", "--stat", "Maximum", "--period", "1h", "--from", "-3h",
                "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out().lines().skip(1).toList()).hasSizeBetween(1, 2).allMatch(l -> l.endsWith(",7"));
    }

    @Test
    void badInputGetsAClearMessageAndExitTwo() {
        String[] base = {"metrics", "query", "--namespace", "Workbench/Host", "--metric", "CPUUtilization"};
        assertUsage(concat(base, "--stat", "Median", "--period", "60", "--from", "-1h"), "Bad --stat", "p99");
        assertUsage(concat(base, "--stat", "Sum", "--period", "0", "--from", "-1h"), "Bad --period '0'");
        assertUsage(concat(base, "--stat", "Sum", "--period", "5 minutes", "--from", "-1h"), "Bad --period");
        assertUsage(concat(base, "--stat", "Sum", "--period", "60", "--from", "yesterday"), "Bad --from 'yesterday'", "-3h");
        assertUsage(concat(base, "--stat", "Sum", "--period", "60", "--from", "2026-03-01T10:00:00"), "ISO-8601");
        assertUsage(concat(base, "--stat", "Sum", "--period", "60", "--from", "now", "--to", "-1h"), "time range is empty");
        assertUsage(concat(base, "--stat", "Sum", "--period", "60", "--from", "-1h", "--dimension", "Host"), "NAME=VALUE");
        assertUsage(concat(base, "--stat", "Sum", "--period", "60", "--from", "-1h", "--source", "prometheus"),
                "Unknown metric source 'prometheus'", "'cloudwatch'");
        assertUsage(concat(base, "--stat", "Sum", "--period", "60", "--from", "-1h", "--region", "eu-west-1"),
                "--source cloudwatch");
        assertUsage(new String[] {"metrics", "list", "--format", "xml"}, "--format");
        assertUsage(new String[] {"metrics", "query", "--metric", "X"}, "Missing required option");
    }

    @Test
    void queryOfAnUnknownMetricAnswersNoDatapoints() {
        CliRun run = CliRun.inWorkspace(workspace, "metrics", "query", "--namespace", "Nope", "--metric", "Nothing",
                "--stat", "Sum", "--period", "60", "--from", "-1h", "--format", "csv");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("timestamp,value" + System.lineSeparator());
    }

    @Test
    void pruneAppliesTheRetention() {
        CliRun run = CliRun.inWorkspace(workspace, "metrics", "prune");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        // T0 (March 2026) is more than 15 days ago but less than 455: raw samples go, hourly buckets stay.
        assertThat(run.out()).startsWith("Deleted 4 raw samples (older than 15 days)");
        assertThat(CliRun.inWorkspace(workspace, "metrics", "list").out()).contains("CPUUtilization");
    }

    private void assertUsage(String[] args, String... messages) {
        CliRun run = CliRun.inWorkspace(workspace, args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(messages).doesNotContain("Exception");
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
