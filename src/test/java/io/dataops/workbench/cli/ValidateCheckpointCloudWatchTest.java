package io.dataops.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `dataops validate --checkpoint` with a publish_cloudwatch action, against the stub: the SDK's default credential
 * chain as a user has it (here the aws.accessKeyId / aws.secretAccessKey system properties it reads).
 */
class ValidateCheckpointCloudWatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private Path checkpoint;

    @BeforeEach
    void files() throws Exception {
        System.setProperty("aws.accessKeyId", "AKIDSTUBSTUBSTUBSTUB");
        System.setProperty("aws.secretAccessKey", "stub-secret-key");
        Files.writeString(dir.resolve("payments.csv"), "payment_id,customer_id,amount\n1,10,5.5\n2,11,7.25\n3,12,-2\n");
        Files.writeString(dir.resolve("suite.json"), "{\"name\": \"payments\", \"expectations\": [{\"type\":"
                + " \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"customer_id\"}}]}");
        checkpoint = dir.resolve("checkpoint.json");
        Files.writeString(checkpoint, "{\"name\": \"nightly\", \"validations\": [{\"batch_definition\": {\"source\":"
                + " \"payments.csv\"}, \"suite\": \"suite.json\"}], \"actions\": [{\"type\": \"publish_cloudwatch\","
                + " \"region\": \"us-east-1\", \"endpoint\": \"" + stub.endpoint() + "\"}]}");
    }

    @AfterEach
    void stop() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        stub.close();
    }

    @Test
    void aPassingCheckpointPublishesItsMetricsAndSaysSo() throws Exception {
        stub.respond("PutMetricData", CloudWatchStub.okEmpty("PutMetricData"));
        CliRun run = CliRun.run(Map.of("DATAOPS_WORKSPACE", dir.resolve("ws").toString()),
                "validate", "--checkpoint", checkpoint.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("CloudWatch DataOps/Quality: Published");
        JsonNode action = JSON.readTree(run.out()).get("action_results").get(0);
        assertThat(action.get("type").asText()).isEqualTo("publish_cloudwatch");
        assertThat(action.get("success").asBoolean()).isTrue();
        assertThat(stub.requests("PutMetricData")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("Namespace", "DataOps/Quality")
                .containsValue("SuccessPercent")
                .containsValue("payments"));
        assertThat(dir.resolve("ws")).doesNotExist();
    }

    @Test
    void aDeniedPublicationLeavesThePassedValidationAtExitZeroAndReportsWhy() throws Exception {
        stub.fail("PutMetricData", 403, "AccessDenied", "not authorized to perform: cloudwatch:PutMetricData");
        CliRun run = CliRun.run(Map.of("DATAOPS_WORKSPACE", dir.resolve("ws").toString()),
                "validate", "--checkpoint", checkpoint.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Warning: Publishing to CloudWatch failed").contains("AccessDenied");
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("success").asBoolean()).isTrue();
        JsonNode action = result.get("action_results").get(0);
        assertThat(action.get("success").asBoolean()).isFalse();
        assertThat(action.get("message").asText()).contains("cloudwatch:PutMetricData");
    }
}
