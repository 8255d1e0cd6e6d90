package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarms;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the Alarms tab needs of CloudWatch: the profiles to offer, Settings' profile and region as defaults,
 * and per connection the alarm calls and the metric source a backtest reads. The app builds it from one
 * {@code CloudWatchClients}; tests build it on the stub's.
 */
public record CloudWatchAccess(AwsProfiles profiles, String defaultProfile, String defaultRegion,
                               Function<CloudWatchConnection, CloudWatchAlarms> alarms,
                               Function<CloudWatchConnection, MetricSource> metrics, Clock clock) {

    public CloudWatchAccess {
        defaultProfile = defaultProfile == null ? "" : defaultProfile;
        defaultRegion = defaultRegion == null ? "" : defaultRegion;
    }
}
