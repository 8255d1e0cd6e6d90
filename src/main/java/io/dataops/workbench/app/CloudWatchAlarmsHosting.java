package io.dataops.workbench.app;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarms;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricSource;
import io.dataops.workbench.ui.monitoring.alarm.CloudWatchAccess;
import io.dataops.workbench.workspace.Workspace;
import io.dataops.workbench.workspace.WorkbenchSettings;
import java.time.Clock;
import java.util.List;

/**
 * Wires the Alarms tab's CloudWatch side: the AWS profiles of this machine, Settings' AWS profile and region as
 * the defaults, and per connection the alarm calls and the metric source a backtest reads (GetMetricData; the
 * metric list is not needed there, so it lists nothing).
 */
final class CloudWatchAlarmsHosting {

    private CloudWatchAlarmsHosting() {
    }

    static CloudWatchAccess access(Workspace workspace, CloudWatchClients clients) {
        WorkbenchSettings settings = workspace.workbenchSettings();
        Clock clock = Clock.systemUTC();
        return new CloudWatchAccess(AwsProfiles.loadDefault(), settings.awsProfile().orElse(""),
                settings.awsRegion().orElse(""),
                connection -> new CloudWatchAlarms(clients, connection),
                connection -> new CloudWatchMetricSource(connection, clients.client(connection),
                        (namespace, context) -> List.of(), clock),
                clock);
    }
}
