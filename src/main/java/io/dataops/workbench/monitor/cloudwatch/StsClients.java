package io.dataops.workbench.monitor.cloudwatch;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * An STS client as the CloudWatch client of the same connection sees AWS: the same credentials (so a test's
 * static keys and a user's SSO profile alike), region and endpoint override (LocalStack serves STS on the
 * same port). Made per use and closed by the caller: only saving a dashboard with alarm widgets needs it.
 */
public final class StsClients {

    private StsClients() {
    }

    public static StsClient forConnection(CloudWatchClients clients, CloudWatchConnection connection) {
        CloudWatchClient cloudWatch = clients.client(connection);
        var builder = StsClient.builder()
                .region(cloudWatch.serviceClientConfiguration().region())
                .credentialsProvider(cloudWatch.serviceClientConfiguration().credentialsProvider())
                .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(10)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(30)).build());
        connection.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
