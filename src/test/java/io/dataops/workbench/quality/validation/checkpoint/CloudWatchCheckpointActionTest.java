package io.dataops.workbench.quality.validation.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.ValidationService;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish_cloudwatch action of a checkpoint, run against the CloudWatch stub. */
class CloudWatchCheckpointActionTest {

    @TempDir
    Path dir;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final List<CloudWatchPublishing> opened = new ArrayList<>();
    private CheckpointRunner runner;

    @BeforeEach
    void runner() throws Exception {
        Files.writeString(dir.resolve("payments.csv"), "payment_id,customer_id,amount\n1,10,5.5\n2,11,7.25\n3,,-2\n4,12,1\n");
        Files.writeString(dir.resolve("suite.json"), "{\"name\": \"payments\", \"expectations\": ["
                + "{\"type\": \"expect_table_row_count_to_be_between\", \"kwargs\": {\"min_value\": 1, \"max_value\": 10}},"
                + "{\"type\": \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"customer_id\", \"mostly\": 0.5}}]}");
        SecretResolver secrets = new SecretResolver(Map.of(), new SecretCipher(new SecretKeyFile(dir)));
        runner = new CheckpointRunner(new ValidationService(new SourceConnector(new EngineSettings("512MB", 1), secrets,
                List.of())),
                source -> FileSource.of(dir.resolve(source).toString()),
                suite -> SuiteJson.read(dir.resolve(suite)),
                Optional.empty(), Optional.empty(),
                settings -> {
                    opened.add(settings);
                    CloudWatchConnection connection = CloudWatchMetricSink.connection(settings, Map.of(),
                            AwsProfiles.parse("", ""));
                    return new CloudWatchMetricSink(settings, connection, clients, Clock.systemUTC());
                });
    }

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    private Checkpoint checkpoint(String actionJson) {
        return CheckpointJson.parse("{\"name\": \"nightly\", \"validations\": [{\"batch_definition\": {\"source\":"
                + " \"payments.csv\"}, \"suite\": \"suite.json\"}], \"actions\": [" + actionJson + "]}", "x");
    }

    private String action(String namespace) {
        return "{\"type\": \"publish_cloudwatch\", \"namespace\": \"" + namespace + "\", \"region\": \"us-east-1\","
                + " \"endpoint\": \"" + stub.endpoint() + "\"}";
    }

    @Test
    void theCheckpointsMetricsArriveWithSuiteAndAssetDimensions() {
        stub.respond("PutMetricData", CloudWatchStub.okEmpty("PutMetricData"));
        CheckpointRunner.Result result = runner.run(checkpoint(action("Team/Quality")), TaskContext.none(), w -> { });

        assertThat(result.validationsPassed()).isTrue();
        assertThat(opened).singleElement().satisfies(s -> {
            assertThat(s.namespace()).isEqualTo("Team/Quality");
            assertThat(s.region()).contains("us-east-1");
        });
        assertThat(result.actions()).singleElement().satisfies(a -> {
            assertThat(a.succeeded()).as(a.message()).isTrue();
            assertThat(a.message()).contains("Team/Quality").contains("in 1 call");
        });
        Map<String, String> form = stub.requests("PutMetricData").get(0);
        assertThat(form).containsEntry("Namespace", "Team/Quality");
        Map<String, Map<String, String>> byName = members(form);
        assertThat(byName).containsKeys("SuccessPercent", "EvaluatedExpectations", "RowCount", "UnexpectedPercent");
        assertThat(byName.get("SuccessPercent")).containsEntry("Value", "100.0").containsEntry("Unit", "Percent")
                .containsEntry("Dimensions.Suite", "payments")
                .containsEntry("Dimensions.Asset", result.runs().get(0).asset());
        assertThat(byName.get("RowCount")).containsEntry("Value", "4.0");
        assertThat(byName.get("UnexpectedPercent")).containsEntry("Value", "25.0")
                .containsEntry("Dimensions.Column", "customer_id")
                .containsEntry("Dimensions.Expectation", "expect_column_values_to_not_be_null");
    }

    @Test
    void anAccessDeniedPublicationIsReportedAndTheValidationStillPasses() {
        stub.fail("PutMetricData", 403, "AccessDenied", "User: arn:aws:iam::123456789012:user/ci is not authorized to"
                + " perform: cloudwatch:PutMetricData");
        CheckpointRunner.Result result = runner.run(checkpoint("{\"type\": \"store_result\"}, " + action("DataOps/Quality")),
                TaskContext.none(), w -> { });

        assertThat(result.validationsPassed()).isTrue();
        assertThat(result.runs()).hasSize(1);
        assertThat(result.actions()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(Checkpoint.PUBLISH_CLOUDWATCH);
            assertThat(a.succeeded()).isFalse();
            assertThat(a.message()).startsWith("Publishing to CloudWatch failed").contains("AccessDenied")
                    .contains("cloudwatch:PutMetricData");
        });
    }

    @Test
    void noRegionAnywhereIsAFailedActionThatSaysWhatToSet() {
        CheckpointRunner.Result result = runner.run(checkpoint("{\"type\": \"publish_cloudwatch\"}"), TaskContext.none(),
                w -> { });
        assertThat(result.validationsPassed()).isTrue();
        assertThat(result.actions()).singleElement().satisfies(a -> {
            assertThat(a.succeeded()).isFalse();
            assertThat(a.message()).contains("No AWS region").contains("--region");
        });
        assertThat(stub.requests("PutMetricData")).isEmpty();
    }

    @Test
    void theRegionComesFromTheProfileThenTheEnvironmentWhenTheActionNamesNone() {
        AwsProfiles profiles = AwsProfiles.parse("[profile prod]\nregion = eu-west-1\n[default]\nregion = us-west-2\n", "");
        CloudWatchPublishing prod = new CloudWatchPublishing(null, Optional.of("prod"), Optional.empty(), Optional.empty());
        assertThat(CloudWatchMetricSink.connection(prod, Map.of("AWS_REGION", "ap-south-1"), profiles).region())
                .isEqualTo("eu-west-1");
        CloudWatchPublishing none = CloudWatchPublishing.defaults();
        assertThat(CloudWatchMetricSink.connection(none, Map.of("AWS_REGION", "ap-south-1"), profiles).region())
                .isEqualTo("ap-south-1");
        assertThat(CloudWatchMetricSink.connection(none, Map.of(), profiles).region()).isEqualTo("us-west-2");
    }

    @Test
    void anOverlongAssetQueryIsCutToCloudWatchsLimitWithAHashOfTheWhole() {
        String query = "SELECT * FROM payments WHERE " + "amount > 0 AND ".repeat(200) + "true";
        String fitted = CloudWatchMetricSink.fitted(query);
        assertThat(fitted).hasSize(CloudWatchMetricSink.MAX_DIMENSION_VALUE).startsWith("SELECT * FROM payments");
        assertThat(CloudWatchMetricSink.fitted(query + " ")).isNotEqualTo(fitted);
        assertThat(CloudWatchMetricSink.fitted("short")).isEqualTo("short");
    }

    @Test
    void theActionAndItsSettingsRoundTripThroughTheCheckpointJson() {
        Checkpoint parsed = checkpoint("{\"type\": \"store_result\"}, {\"type\": \"publish_cloudwatch\", \"profile\": \"prod\","
                + " \"region\": \"eu-west-1\", \"endpoint\": \"http://localhost:4566\"}");
        assertThat(parsed.actions()).containsExactly(Checkpoint.STORE_RESULT, Checkpoint.PUBLISH_CLOUDWATCH);
        assertThat(parsed.cloudWatch()).contains(new CloudWatchPublishing("DataOps/Quality", Optional.of("prod"),
                Optional.of("eu-west-1"), Optional.of("http://localhost:4566")));
        Checkpoint again = CheckpointJson.parse(CheckpointJson.write(parsed), "y");
        assertThat(again).isEqualTo(parsed);
        assertThat(CheckpointJson.write(parsed)).contains("\"namespace\" : \"DataOps/Quality\"");
    }

    /** name -> {Value, Unit, Dimensions.K: V} of each MetricData member of a form. */
    private static Map<String, Map<String, String>> members(Map<String, String> form) {
        Map<String, Map<String, String>> byName = new java.util.HashMap<>();
        for (int n = 1; form.containsKey("MetricData.member." + n + ".MetricName"); n++) {
            String prefix = "MetricData.member." + n + ".";
            Map<String, String> member = new java.util.HashMap<>();
            member.put("Value", form.get(prefix + "Value"));
            member.put("Unit", form.get(prefix + "Unit"));
            for (int d = 1; form.containsKey(prefix + "Dimensions.member." + d + ".Name"); d++) {
                member.put("Dimensions." + form.get(prefix + "Dimensions.member." + d + ".Name"),
                        form.get(prefix + "Dimensions.member." + d + ".Value"));
            }
            byName.putIfAbsent(form.get(prefix + "MetricName"), member);
        }
        return byName;
    }
}
