package io.dataops.workbench.quality.validation.checkpoint;

import com.google.common.hash.Hashing;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricPublisher;
import io.dataops.workbench.monitor.cloudwatch.DataPointLimits;
import io.dataops.workbench.monitor.cloudwatch.MetricDataPoint;
import io.dataops.workbench.monitor.cloudwatch.PublishSummary;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A checkpoint's metrics published to CloudWatch as custom metrics: each {@link MetricDatum} becomes a data point
 * in the action's namespace, its dimensions (Suite, Asset, Expectation, Column) kept. An asset given as a long SQL
 * query would pass CloudWatch's 1,024 characters for a dimension value, so such values are cut and end in a hash
 * of the whole (two different queries never share a series).
 */
public final class CloudWatchMetricSink implements MetricSink, AutoCloseable {

    static final int MAX_DIMENSION_VALUE = 1024;

    private final CloudWatchPublishing settings;
    private final CloudWatchMetricPublisher publisher;
    private final AutoCloseable owned;

    public CloudWatchMetricSink(CloudWatchPublishing settings, CloudWatchConnection connection, CloudWatchClients clients,
                                Clock clock) {
        this(settings, connection, clients, clock, () -> { });
    }

    private CloudWatchMetricSink(CloudWatchPublishing settings, CloudWatchConnection connection,
                                 CloudWatchClients clients, Clock clock, AutoCloseable owned) {
        this.settings = settings;
        this.publisher = new CloudWatchMetricPublisher(connection, clients.client(connection), new DataPointLimits(clock));
        this.owned = owned;
    }

    /** With the SDK's own credentials (profile or default chain); the clients are closed with this sink. */
    public static CloudWatchMetricSink standard(CloudWatchPublishing settings) {
        CloudWatchConnection connection = connection(settings, System.getenv(), AwsProfiles.loadDefault());
        CloudWatchClients clients = CloudWatchClients.standard();
        return new CloudWatchMetricSink(settings, connection, clients, Clock.systemUTC(), clients);
    }

    /** The connection the settings name; the region found as the AWS CLI finds it when the action names none. */
    public static CloudWatchConnection connection(CloudWatchPublishing settings, Map<String, String> environment,
                                                  AwsProfiles profiles) {
        Optional<String> profile = settings.profile().or(() -> Optional.ofNullable(environment.get("AWS_PROFILE")));
        Optional<String> region = settings.region()
                .or(() -> profile.flatMap(profiles::region))
                .or(() -> Optional.ofNullable(environment.get("AWS_REGION")).filter(r -> !r.isBlank()))
                .or(() -> Optional.ofNullable(environment.get("AWS_DEFAULT_REGION")).filter(r -> !r.isBlank()))
                .or(() -> profiles.region("default"));
        return CloudWatchConnection.of(settings.profile().orElse(null), region.orElse(null), settings.endpoint().orElse(null));
    }

    @Override
    public void publish(List<MetricDatum> data) {
        send(data, TaskContext.none());
    }

    /** Publishes {@code data} and says what was sent and what was left out; CloudWatch failures are thrown. */
    public PublishSummary send(List<MetricDatum> data, TaskContext context) {
        return publisher.publish(data.stream().map(this::point).toList(), context);
    }

    private MetricDataPoint point(MetricDatum datum) {
        Map<String, String> dimensions = new TreeMap<>();
        datum.dimensions().forEach((name, value) -> dimensions.put(name, fitted(value)));
        return MetricDataPoint.of(settings.namespace(), datum.name(), dimensions, datum.timestamp(), datum.value(),
                datum.unit());
    }

    static String fitted(String value) {
        if (value.length() <= MAX_DIMENSION_VALUE) {
            return value;
        }
        String hash = Hashing.sha256().hashString(value, StandardCharsets.UTF_8).toString().substring(0, 12);
        return value.substring(0, MAX_DIMENSION_VALUE - hash.length() - 3) + "..." + hash;
    }

    @Override
    public void close() {
        try {
            owned.close();
        } catch (Exception e) {
            // Closing HTTP connections after publishing: nothing the user could act on.
        }
    }
}
