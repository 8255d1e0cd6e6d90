package io.dataops.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The `dataops validate` contract: one document on stdout, exit codes 0/1/2, JUnit XML a CI reads, no workspace for files. */
class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path csv;
    Path workspace;

    @BeforeEach
    void files() throws Exception {
        csv = dir.resolve("payments.csv");
        Files.writeString(csv, "payment_id,customer_id,amount\n1,10,5.5\n2,11,7.25\n3,,-2\n3,12,1\n");
        workspace = dir.resolve("ws");
    }

    private Path suite(String name, String expectations) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"name\": \"payments\", \"expectations\": [" + expectations + "], \"meta\": {}}");
        return file;
    }

    private static final String PASSING = "{\"type\": \"expect_table_row_count_to_be_between\", \"kwargs\": {\"min_value\": 1, \"max_value\": 10}},"
            + "{\"type\": \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"payment_id\"}}";
    private static final String FAILING = "{\"type\": \"expect_column_values_to_be_unique\", \"kwargs\": {\"column\": \"payment_id\"}},"
            + "{\"type\": \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"customer_id\"}},"
            + "{\"type\": \"expect_column_min_to_be_between\", \"kwargs\": {\"column\": \"amount\", \"min_value\": 0}}";

    @Test
    void aPassingSuitePrintsOneGxResultAndExitsZeroWithoutAWorkspace() throws Exception {
        CliRun run = CliRun.inWorkspace(workspace, "validate", "--suite", suite("ok.json", PASSING).toString(),
                "--source", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("statistics").get("evaluated_expectations").asInt()).isEqualTo(2);
        assertThat(result.get("statistics").get("success_percent").asDouble()).isEqualTo(100.0);
        assertThat(result.get("results").get(0).get("expectation_config").get("type").asText())
                .isEqualTo("expect_table_row_count_to_be_between");
        assertThat(result.get("results").get(0).get("result").get("observed_value").asInt()).isEqualTo(4);
        assertThat(workspace).doesNotExist();
    }

    @Test
    void failuresExitOneAndShowTheUnexpectedValues() throws Exception {
        CliRun run = CliRun.inWorkspace(workspace, "validate", "--suite", suite("bad.json", FAILING).toString(),
                "--source", csv.toString(), "--result-format", "COMPLETE");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("success").asBoolean()).isFalse();
        JsonNode unique = result.get("results").get(0);
        assertThat(unique.get("success").asBoolean()).isFalse();
        assertThat(unique.get("result").get("unexpected_list").toString()).isEqualTo("[3,3]");
        assertThat(unique.get("result").get("unexpected_count").asInt()).isEqualTo(2);
        JsonNode notNull = result.get("results").get(1).get("result");
        assertThat(notNull.get("unexpected_count").asInt()).isEqualTo(1);
        assertThat(notNull.get("unexpected_percent").asDouble()).isEqualTo(25.0);
        assertThat(result.get("results").get(2).get("result").get("observed_value").asDouble()).isEqualTo(-2.0);
        assertThat(result.get("statistics").get("unsuccessful_expectations").asInt()).isEqualTo(3);
    }

    @Test
    void aBrokenExpectationRaisesAloneAndExitsOne() throws Exception {
        String expectations = "{\"type\": \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"nope\"}},"
                + "{\"type\": \"expect_column_max_to_be_between\", \"kwargs\": {\"column\": \"amount\", \"max_value\": 100}}";
        CliRun run = CliRun.inWorkspace(workspace, "validate", "--suite", suite("broken.json", expectations).toString(),
                "--source", csv.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode results = JSON.readTree(run.out()).get("results");
        assertThat(results.get(0).get("exception_info").get("raised_exception").asBoolean()).isTrue();
        assertThat(results.get(0).get("exception_info").get("exception_message").asText()).contains("nope");
        assertThat(results.get(1).get("success").asBoolean()).isTrue();
    }

    @Test
    void anUnreadableSuiteOrSourceExitsTwoWithNothingOnStdout() throws Exception {
        CliRun noSuite = CliRun.inWorkspace(workspace, "validate", "--suite", dir.resolve("missing.json").toString(),
                "--source", csv.toString());
        assertThat(noSuite.exitCode()).isEqualTo(2);
        assertThat(noSuite.out()).isEmpty();
        assertThat(noSuite.err()).contains("missing.json");

        Files.writeString(dir.resolve("garbage.json"), "{not json");
        CliRun badSuite = CliRun.inWorkspace(workspace, "validate", "--suite", dir.resolve("garbage.json").toString(),
                "--source", csv.toString());
        assertThat(badSuite.exitCode()).isEqualTo(2);
        assertThat(badSuite.out()).isEmpty();

        CliRun noSource = CliRun.inWorkspace(workspace, "validate", "--suite", suite("ok.json", PASSING).toString(),
                "--source", dir.resolve("nothing.csv").toString());
        assertThat(noSource.exitCode()).isEqualTo(2);
        assertThat(noSource.out()).isEmpty();
        assertThat(workspace).doesNotExist();
    }

    @Test
    void junitXmlHasOneTestCasePerExpectationWithFailures() throws Exception {
        CliRun run = CliRun.inWorkspace(workspace, "validate", "--suite", suite("bad.json", FAILING + "," + PASSING).toString(),
                "--source", csv.toString(), "--format", "junit");
        assertThat(run.exitCode()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("testsuites");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(5);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(3);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("3");
    }

    @Test
    void textAndGx0Suites() throws Exception {
        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"expectation_suite_name\": \"legacy\", \"expectations\": [{\"expectation_type\":"
                + " \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"customer_id\"}, \"meta\": {}}]}");
        CliRun run = CliRun.inWorkspace(workspace, "validate", "--suite", old.toString(), "--source", csv.toString(),
                "--format", "text");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Suite legacy").contains("FAIL  expect_column_values_to_not_be_null(column=customer_id)")
                .contains("1 unexpected of 4").contains("0 of 1 expectations passed");
    }

    @Test
    void aCheckpointFileRunsWithoutAWorkspaceAndWarnsItStoresNothing() throws Exception {
        suite("ok.json", PASSING);
        Path checkpoint = dir.resolve("checkpoint.json");
        Files.writeString(checkpoint, "{\"name\": \"nightly\", \"validations\": [{\"batch_definition\": {\"source\":"
                + " \"payments.csv\"}, \"suite\": \"ok.json\"}], \"actions\": [{\"type\": \"store_result\"}]}");
        CliRun run = CliRun.inWorkspace(workspace, "validate", "--checkpoint", checkpoint.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("name").asText()).isEqualTo("nightly");
        assertThat(result.get("run_results").get(0).get("success").asBoolean()).isTrue();
        assertThat(run.err()).contains("not stored");
        assertThat(workspace).doesNotExist();
    }

    @Test
    void aCheckpointStoresResultsAndPublishesMetricsInAnExistingWorkspace() throws Exception {
        try (Workspace ignored = Workspace.open(workspace)) {
            // creates it
        }
        suite("bad.json", FAILING);
        Path checkpoint = dir.resolve("checkpoint.json");
        Files.writeString(checkpoint, "{\"name\": \"nightly\", \"validations\": [{\"batch_definition\": {\"source\":"
                + " \"payments.csv\"}, \"suite\": \"bad.json\"}], \"actions\": [{\"type\": \"store_result\"},"
                + " {\"type\": \"publish_metrics\"}]}");
        CliRun run = CliRun.inWorkspace(workspace, "validate", "--checkpoint", checkpoint.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        try (Workspace opened = Workspace.open(workspace); Connection connection = opened.connect()) {
            ResultSet stored = connection.createStatement().executeQuery(
                    "SELECT COUNT(*), MIN(success) FROM quality_validation_result WHERE suite_name = 'payments'");
            stored.next();
            assertThat(stored.getInt(1)).isEqualTo(1);
            assertThat(stored.getBoolean(2)).isFalse();
            ResultSet metrics = connection.createStatement().executeQuery("SELECT metric_value, unit, dimensions FROM"
                    + " metric_datapoint WHERE namespace = 'DataOps/Quality' AND metric_name = 'UnexpectedPercent'"
                    + " AND dimensions LIKE '%customer_id%'");
            assertThat(metrics.next()).isTrue();
            assertThat(metrics.getDouble(1)).isEqualTo(25.0);
            assertThat(metrics.getString(2)).isEqualTo("Percent");
            assertThat(metrics.getString(3)).startsWith("{\"Asset\":");
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.inWorkspace(workspace, "validate", "--suite", "x.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.inWorkspace(workspace, "validate", "--checkpoint", "c.json", "--suite", "x.json").exitCode()).isEqualTo(2);
        assertThat(workspace).doesNotExist();
    }
}
