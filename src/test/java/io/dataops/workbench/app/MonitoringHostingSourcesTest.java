package io.dataops.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricSource;
import io.dataops.workbench.monitor.cloudwatch.MetricSources;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's wiring of dashboard sources: the workspace's Settings region is the fallback, read when used. */
class MonitoringHostingSourcesTest {

    @TempDir
    Path directory;

    @Test
    void aCloudWatchDashboardWithoutARegionTakesTheRegionSetInSettings() {
        try (Workspace workspace = Workspace.open(directory.resolve("ws"));
             CloudWatchClients clients = CloudWatchStub.clients()) {
            FakeMetricSource local = new FakeMetricSource(Instant::now);
            MetricSources sources = MonitoringHosting.metricSources(workspace, local, clients);
            DashboardSource noRegion = DashboardSource.cloudWatch("prod", null, null);

            assertThat(sources.source(DashboardSource.LOCAL)).isSameAs(local);
            assertThatThrownBy(() -> sources.source(noRegion)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("Settings");

            workspace.workbenchSettings().setAwsRegion("eu-central-1");
            assertThat(((CloudWatchMetricSource) sources.source(noRegion)).connection().region())
                    .isEqualTo("eu-central-1");
        }
    }
}
