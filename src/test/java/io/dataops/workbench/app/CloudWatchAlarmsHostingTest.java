package io.dataops.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricSource;
import io.dataops.workbench.monitor.cloudwatch.testing.AlarmXml;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.ui.monitoring.alarm.CloudWatchAccess;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Alarms tab's CloudWatch wiring: Settings' profile and region as defaults, calls through the given clients. */
class CloudWatchAlarmsHostingTest {

    @TempDir
    Path directory;

    @Test
    void settingsGiveTheDefaultsAndCallsGoThroughTheGivenClients() {
        try (Workspace workspace = Workspace.open(directory.resolve("ws"));
             CloudWatchStub stub = CloudWatchStub.start();
             CloudWatchClients clients = CloudWatchStub.clients()) {
            workspace.workbenchSettings().setAwsProfile("analytics");
            workspace.workbenchSettings().setAwsRegion("eu-central-1");
            stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH, "", null));

            CloudWatchAccess access = CloudWatchAlarmsHosting.access(workspace, clients);

            assertThat(access.defaultProfile()).isEqualTo("analytics");
            assertThat(access.defaultRegion()).isEqualTo("eu-central-1");
            assertThat(access.alarms().apply(stub.connection()).describe("", Optional.empty(), TaskContext.none()))
                    .hasSize(1);
            assertThat(access.metrics().apply(stub.connection())).isInstanceOf(CloudWatchMetricSource.class);
        }
    }
}
