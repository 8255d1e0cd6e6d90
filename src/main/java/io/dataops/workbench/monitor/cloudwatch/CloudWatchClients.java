package io.dataops.workbench.monitor.cloudwatch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * Builds the SDK clients for a {@link CloudWatchConnection}: credentials from the named profile (SSO and
 * assume-role profiles included) or the default chain, the region, the endpoint override, the shared
 * {@link RequestRates} limiter of the region, and retries of throttling and network errors with jittered
 * exponential backoff. Clients are cached per connection and closed with {@link #close()}.
 */
public final class CloudWatchClients implements AutoCloseable {

    /** Attempts per call, the first included: throttling and 5xx errors are retried this often. */
    public static final int MAX_ATTEMPTS = 5;

    private final Duration backoffBase;
    private final Duration backoffMax;
    private final AwsCredentialsProvider credentialsOverride;
    private final Map<CloudWatchConnection, CloudWatchClient> clients = new ConcurrentHashMap<>();
    private final Map<String, RequestRates> ratesByRegion = new ConcurrentHashMap<>();

    private CloudWatchClients(Duration backoffBase, Duration backoffMax, AwsCredentialsProvider credentialsOverride) {
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.credentialsOverride = credentialsOverride;
    }

    /** The real thing: profile or default-chain credentials, backoff from 100 ms up to 20 s. */
    public static CloudWatchClients standard() {
        return new CloudWatchClients(Duration.ofMillis(100), Duration.ofSeconds(20), null);
    }

    /** For tests against a stub: fixed credentials and a short backoff so retries do not slow the build. */
    public static CloudWatchClients withCredentials(AwsCredentialsProvider credentials, Duration backoffBase) {
        return new CloudWatchClients(backoffBase, backoffBase.multipliedBy(8), credentials);
    }

    public CloudWatchClient client(CloudWatchConnection connection) {
        return clients.computeIfAbsent(connection, this::build);
    }

    private CloudWatchClient build(CloudWatchConnection connection) {
        RequestRates rates = ratesByRegion.computeIfAbsent(connection.region()
                + connection.endpoint().map(e -> "@" + e).orElse(""), region -> new RequestRates());
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(backoffBase, backoffMax);
        ClientOverrideConfiguration override = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(MAX_ATTEMPTS)
                        .backoffStrategy(backoff)
                        .throttlingBackoffStrategy(backoff)
                        .build())
                .addExecutionInterceptor(rates)
                .apiCallAttemptTimeout(Duration.ofSeconds(30))
                .apiCallTimeout(Duration.ofMinutes(3))
                .build();
        var builder = CloudWatchClient.builder()
                .region(Region.of(connection.region()))
                .credentialsProvider(credentials(connection))
                .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(10)))
                .overrideConfiguration(override);
        connection.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private AwsCredentialsProvider credentials(CloudWatchConnection connection) {
        if (credentialsOverride != null) {
            return credentialsOverride;
        }
        return connection.profile()
                .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    @Override
    public void close() {
        clients.values().forEach(CloudWatchClient::close);
        clients.clear();
    }
}
