package io.dataops.workbench.cli;

import static io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml.response;
import static io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataops metrics query --source cloudwatch --endpoint ...} against the stub, with test keys from system properties. */
class MetricsQueryCloudWatchTest {

    static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-20T10:01:00Z");

    private final CloudWatchStub stub = CloudWatchStub.start();
    private String oldKey;
    private String oldSecret;

    @TempDir
    Path workspace;

    @BeforeEach
    void keys() {
        oldKey = System.setProperty("aws.accessKeyId", "AKIDSTUBSTUBSTUBSTUB");
        oldSecret = System.setProperty("aws.secretAccessKey", "stub-secret-key");
    }

    @AfterEach
    void restore() {
        restore("aws.accessKeyId", oldKey);
        restore("aws.secretAccessKey", oldSecret);
        stub.close();
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    private CliRun run(String... args) {
        String[] base = {"metrics", "query", "--source", "cloudwatch", "--region", "eu-west-1", "--endpoint",
                stub.endpoint().toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + args.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        return CliRun.inWorkspace(workspace.resolve("ws"), all);
    }

    @Test
    void queriesAPercentileAsCsvAndJsonLikeTheLocalSource() throws Exception {
        stub.respond("GetMetricData", response(null, result("m0", "Duration", "Complete", List.of(T1, T2),
                List.of(812.5, 640.0))));

        CliRun csv = run("--namespace", "AWS/Lambda", "--metric", "Duration", "--dimension", "FunctionName=etl",
                "--stat", "p99", "--period", "1m", "--from", "-2h", "--format", "csv");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("timestamp,value" + System.lineSeparator() + T1 + ",812.5"
                + System.lineSeparator() + T2 + ",640" + System.lineSeparator());
        assertThat(stub.requests("GetMetricData")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.MetricStat.Stat", "p99")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Period", "60")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Namespace", "AWS/Lambda")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "Duration")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name", "FunctionName")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value", "etl"));
        assertThat(stub.allRequests().get(0).getHeader("Authorization")).contains("AKIDSTUBSTUBSTUBSTUB")
                .contains("eu-west-1/monitoring");

        CliRun json = run("--namespace", "AWS/Lambda", "--metric", "Duration", "--dimension", "FunctionName=etl",
                "--stat", "p99", "--period", "1m", "--from", "-2h");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(json.out());
        assertThat(answer.get("stat").asText()).isEqualTo("p99");
        assertThat(answer.get("period").asInt()).isEqualTo(60);
        assertThat(answer.get("unit").asText()).isEqualTo("None");
        assertThat(answer.get("dimensions").get("FunctionName").asText()).isEqualTo("etl");
        assertThat(answer.get("datapoints")).hasSize(2);
        assertThat(answer.get("datapoints").get(0).get("value").asDouble()).isEqualTo(812.5);
    }

    @Test
    void anOldRangeIsAskedAtTheResolutionCloudWatchKeepsWithANote() {
        stub.respond("GetMetricData", response(null));
        CliRun run = run("--namespace", "AWS/EC2", "--metric", "CPUUtilization", "--stat", "Average", "--period", "60",
                "--from", "-30d", "--to", "-29d", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("timestamp,value" + System.lineSeparator());
        assertThat(stub.requests("GetMetricData")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("MetricDataQueries.member.1.MetricStat.Period", "300"));
        assertThat(run.err()).contains("Note: period 1 min → 5 min").contains("15 days");
    }

    @Test
    void anExpressionPassesThroughAndEachSeriesIsLabelled() {
        stub.respond("GetMetricData", response(null,
                result("e1", "i-1", "Complete", List.of(T1), List.of(3.0)),
                result("e1", "i-2", "Complete", List.of(T1), List.of(4.5))));
        String search = "SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average', 300)";
        CliRun run = run("--expression", search, "--period", "300", "--from", "-1h", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("label,timestamp,value" + System.lineSeparator() + "i-1," + T1 + ",3"
                + System.lineSeparator() + "i-2," + T1 + ",4.5" + System.lineSeparator());
        assertThat(stub.requests("GetMetricData")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.Id", "e1")
                .containsEntry("MetricDataQueries.member.1.Expression", search));
    }

    @Test
    void badCloudWatchUsageIsRefusedPlainly() {
        CliRun old = run("--expression", "SELECT AVG(CPUUtilization) FROM \"AWS/EC2\"", "--period", "60",
                "--from", "-5h");
        assertThat(old.exitCode()).isEqualTo(2);
        assertThat(old.err()).contains("3 hours").doesNotContain("Exception");
        CliRun both = run("--expression", "SEARCH('x', 'Average', 60)", "--namespace", "AWS/EC2", "--period", "60",
                "--from", "-1h");
        assertThat(both.err()).contains("either --expression or --namespace");
        CliRun missing = run("--namespace", "AWS/EC2", "--period", "60", "--from", "-1h");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required options: '--metric=M', '--stat=S'");
        CliRun local = CliRun.inWorkspace(workspace.resolve("ws"), "metrics", "query", "--expression", "m1", "--period",
                "60", "--from", "-1h");
        assertThat(local.err()).contains("--expression is for --source cloudwatch");
        assertThat(stub.requests("GetMetricData")).isEmpty();
    }

    @Test
    void expiredCredentialsSayWhatToDo() {
        stub.fail("GetMetricData", 403, "ExpiredToken", "The security token included in the request is expired");
        CliRun run = run("--namespace", "AWS/EC2", "--metric", "CPUUtilization", "--stat", "Average", "--period", "60",
                "--from", "-1h");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("expired").contains("aws sso login").doesNotContain("Exception");
        assertThat(stub.requests("GetMetricData")).hasSize(1);
    }
}
