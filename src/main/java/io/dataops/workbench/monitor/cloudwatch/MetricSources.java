package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * The {@link MetricSource} behind each dashboard: the workspace's local store for a local dashboard, a
 * {@link CloudWatchMetricSource} for a CloudWatch one, one per connection (so its series cache and the
 * region's rate limiter are shared by every dashboard on that connection). A dashboard without a region
 * takes Settings' AWS region.
 */
public final class MetricSources {

    /** Where a CloudWatch source gets its metric list: the metric catalog plugs in here. */
    @FunctionalInterface
    public interface Listers {

        MetricLister forConnection(CloudWatchConnection connection, CloudWatchClient client);

        /** Lists nothing: widgets name their metrics themselves (until a catalog is plugged in). */
        Listers NONE = (connection, client) -> (namespace, context) -> List.of();
    }

    private final MetricSource local;
    private final CloudWatchClients clients;
    private final Supplier<Optional<String>> settingsRegion;
    private final Clock clock;
    private volatile Listers listers = Listers.NONE;
    private final Map<CloudWatchConnection, CloudWatchMetricSource> cloudWatch = new ConcurrentHashMap<>();

    /**
     * @param settingsRegion Settings' AWS region, read each time (the user may change it while the app runs)
     */
    public MetricSources(MetricSource local, CloudWatchClients clients, Supplier<Optional<String>> settingsRegion,
                         Clock clock) {
        this.local = local;
        this.clients = clients;
        this.settingsRegion = settingsRegion;
        this.clock = clock;
    }

    /** Plugs in where CloudWatch metric lists come from; sources made before keep their lister. */
    public void useListers(Listers newListers) {
        listers = newListers;
        cloudWatch.clear();
    }

    /** The source of {@code source}'s metrics; a CloudWatch one with no region anywhere is a clear error. */
    public MetricSource source(DashboardSource source) {
        if (!source.isCloudWatch()) {
            return local;
        }
        return cloudWatch(connection(source));
    }

    public CloudWatchMetricSource cloudWatch(CloudWatchConnection connection) {
        return cloudWatch.computeIfAbsent(connection, c -> {
            CloudWatchClient client = clients.client(c);
            return new CloudWatchMetricSource(c, client, listers.forConnection(c, client), clock);
        });
    }

    /** The connection of a CloudWatch dashboard source: its profile, its region or Settings', its endpoint. */
    public CloudWatchConnection connection(DashboardSource source) {
        if (!source.isCloudWatch()) {
            throw new IllegalArgumentException("A local dashboard has no CloudWatch connection");
        }
        Optional<String> region = source.region().or(() -> settingsRegion.get().filter(r -> !r.isBlank()));
        if (region.isEmpty()) {
            throw new UserFacingException("This CloudWatch dashboard names no AWS region and Settings has none:"
                    + " choose a region with the toolbar's \"Source…\" or in Settings → AWS region.");
        }
        return CloudWatchConnection.of(source.profile().orElse(null), region.get(), source.endpoint().orElse(null));
    }
}
