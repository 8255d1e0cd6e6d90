package io.dataops.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.StubMetricPages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code dataops metrics list --source cloudwatch} against the stub: every ListMetrics page, no workspace, local's formats. */
class MetricsListCloudWatchTest {

    private static final String KEY = "aws.accessKeyId";
    private static final String SECRET = "aws.secretAccessKey";

    private final CloudWatchStub stub = CloudWatchStub.start();
    private String keyBefore;
    private String secretBefore;

    @BeforeEach
    void credentials() {
        // The SDK's default chain reads these system properties first: static test credentials, no ~/.aws needed.
        keyBefore = System.getProperty(KEY);
        secretBefore = System.getProperty(SECRET);
        System.setProperty(KEY, "AKIDSTUBSTUBSTUBSTUB");
        System.setProperty(SECRET, "stub-secret-key");
    }

    @AfterEach
    void restore() {
        restore(KEY, keyBefore);
        restore(SECRET, secretBefore);
        stub.close();
    }

    @Test
    void listsEveryPageAsTextWithoutAWorkspace() {
        StubMetricPages.serveThreePages(stub);

        CliRun run = CliRun.run(Map.of(), "metrics", "list", "--source", "cloudwatch", "--region", "us-east-1",
                "--endpoint", stub.endpoint().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("NAMESPACE")
                .containsPattern("AWS/EC2 +CPUUtilization +None +InstanceId=i-0a1b2c3d4e5f60002")
                .containsPattern("AWS/RDS +DatabaseConnections +None +DBInstanceIdentifier=payments-db,Role=WRITER")
                .containsPattern("DataOps/Quality +RowCount +None *\\R");
        assertThat(run.out().lines().count()).isEqualTo(8);
        List<Map<String, String>> requests = stub.requests("ListMetrics");
        assertThat(requests).hasSize(3);
        assertThat(requests.get(2)).containsEntry("NextToken", StubMetricPages.TOKEN_3);
        // Signed with the credentials of the default chain (here the system properties).
        assertThat(stub.allRequests().get(0).getHeader("Authorization")).contains("AKIDSTUBSTUBSTUBSTUB/")
                .contains("/us-east-1/monitoring/aws4_request");
    }

    @Test
    void aNamespaceAndRecentlyActiveAreSentAndJsonHasListMetricsShape() throws Exception {
        stub.respond("ListMetrics", StubMetricPages.page(null, StubMetricPages.SQS_AGE));

        CliRun run = CliRun.run(Map.of(), "metrics", "list", "--source", "cloudwatch", "--region", "us-east-1",
                "--endpoint", stub.endpoint().toString(), "--namespace", "AWS/SQS", "--recently-active", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(stub.requests("ListMetrics")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("Namespace", "AWS/SQS").containsEntry("RecentlyActive", "PT3H"));
        JsonNode metric = new ObjectMapper().readTree(run.out()).get("Metrics").get(0);
        assertThat(metric.get("Namespace").asText()).isEqualTo("AWS/SQS");
        assertThat(metric.get("MetricName").asText()).isEqualTo("ApproximateAgeOfOldestMessage");
        assertThat(metric.get("Dimensions").get(0).get("Name").asText()).isEqualTo("QueueName");
        assertThat(metric.get("Dimensions").get(0).get("Value").asText()).isEqualTo("orders_dlq");
    }

    @Test
    void anExpiredTokenIsAPlainErrorNamingTheFix() {
        stub.fail("ListMetrics", 403, "ExpiredToken", "The security token included in the request is expired");

        CliRun run = CliRun.run(Map.of(), "metrics", "list", "--source", "cloudwatch", "--region", "us-east-1",
                "--endpoint", stub.endpoint().toString());

        assertThat(run.exitCode()).isNotEqualTo(0);
        assertThat(run.err()).contains("expired").contains("aws sso login").contains("default credentials").doesNotContain("\tat ");
    }

    @Test
    void recentlyActiveIsRefusedForTheLocalSource() {
        CliRun run = CliRun.run(Map.of(), "metrics", "list", "--recently-active");
        assertThat(run.exitCode()).isNotEqualTo(0);
        assertThat(run.err()).contains("--recently-active is for --source cloudwatch");
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
