package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchFailures.CloudWatchException;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub.Response;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;

/** The client a connection gets, against the stub: query protocol, retries of throttling, errors in plain words. */
class CloudWatchFailuresTest {

    private static final String ONE_METRIC = "<Metrics><member><Namespace>AWS/EC2</Namespace>"
            + "<MetricName>CPUUtilization</MetricName><Dimensions><member><Name>InstanceId</Name>"
            + "<Value>i-1234567890abcdef0</Value></member></Dimensions></member></Metrics>";

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    @Test
    void speaksTheQueryProtocolToTheEndpointOverride() {
        stub.respond("ListMetrics", CloudWatchStub.ok("ListMetrics", ONE_METRIC));
        ListMetricsResponse response = call(stub.connection());
        assertThat(response.metrics()).singleElement().satisfies(m -> {
            assertThat(m.metricName()).isEqualTo("CPUUtilization");
            assertThat(m.dimensions().get(0).value()).isEqualTo("i-1234567890abcdef0");
        });
        assertThat(stub.requests("ListMetrics")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("Version", "2010-08-01"));
    }

    @Test
    void throttlingIsRetriedWithBackoffUntilItSucceeds() {
        stub.respondInSequence("ListMetrics",
                Response.error(400, "Throttling", "Rate exceeded"),
                Response.error(400, "Throttling", "Rate exceeded"),
                Response.ok("ListMetrics", ONE_METRIC));
        assertThat(call(stub.connection()).metrics()).hasSize(1);
        assertThat(stub.requests("ListMetrics")).hasSize(3);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsTransientAndSaysSo() {
        stub.fail("ListMetrics", 400, "Throttling", "Rate exceeded");
        assertThatThrownBy(() -> call(stub.connection()))
                .isInstanceOfSatisfying(CloudWatchException.class, e -> assertThat(e.transientFailure()).isTrue())
                .hasMessageContaining("throttling").hasMessageContaining(CloudWatchClients.MAX_ATTEMPTS + " attempts");
        assertThat(stub.requests("ListMetrics")).hasSize(CloudWatchClients.MAX_ATTEMPTS);
    }

    @Test
    void anExpiredTokenNamesTheProfileAndTheCommandThatFixesIt() {
        stub.fail("ListMetrics", 403, "ExpiredToken", "The security token included in the request is expired");
        CloudWatchConnection prod = new CloudWatchConnection(Optional.of("prod-sso"), CloudWatchStub.REGION,
                Optional.of(stub.endpoint()));
        assertThatThrownBy(() -> call(prod))
                .isInstanceOfSatisfying(CloudWatchException.class, e -> assertThat(e.transientFailure()).isFalse())
                .hasMessageContaining("profile 'prod-sso'").hasMessageContaining("expired")
                .hasMessageContaining("aws sso login --profile prod-sso");
        assertThat(stub.requests("ListMetrics")).hasSize(1);
    }

    @Test
    void anUnreachableEndpointIsATransientNetworkFailure() {
        CloudWatchConnection nowhere = CloudWatchConnection.of(null, "eu-west-1", "http://127.0.0.1:1");
        assertThatThrownBy(() -> call(nowhere))
                .isInstanceOfSatisfying(CloudWatchException.class, e -> assertThat(e.transientFailure()).isTrue())
                .hasMessageContaining("could not be reached");
    }

    @Test
    void badEndpointsAndMissingRegionsAreRefusedPlainly() {
        assertThatThrownBy(() -> CloudWatchConnection.of(null, "eu-west-1", "localhost:4566"))
                .hasMessageContaining("http://localhost:4566");
        assertThatThrownBy(() -> CloudWatchConnection.of("dev", " ", null)).hasMessageContaining("--region");
    }

    private ListMetricsResponse call(CloudWatchConnection connection) {
        CloudWatchClient client = clients.client(connection);
        return CloudWatchFailures.call(connection, "list metrics", () -> client.listMetrics(b -> b.namespace("AWS/EC2")));
    }
}
