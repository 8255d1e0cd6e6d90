package io.dataops.workbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoresTest {

    @TempDir
    Path directory;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void settingsAreStoredReplacedAndRemoved() {
        SettingsStore settings = workspace.settings();
        assertThat(settings.get("window.x")).isEmpty();
        assertThat(settings.get("window.x", "10")).isEqualTo("10");

        settings.put("window.x", "20");
        settings.put("window.x", "30");
        assertThat(settings.get("window.x")).contains("30");

        settings.remove("window.x");
        assertThat(settings.get("window.x")).isEmpty();
    }

    @Test
    void settingsRefuseAnythingThatLooksLikeACredential() {
        assertThatThrownBy(() -> workspace.settings().put("aws.secret_access_key", "abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never stores");
        assertThatThrownBy(() -> workspace.settings().put("db.password", "abc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workspace.settings().get("db.password")).isEmpty();
    }

    @Test
    void workbenchSettingsHaveDefaultsAndPersist() {
        WorkbenchSettings settings = workspace.workbenchSettings();
        assertThat(settings.terraformBinary()).isEqualTo("terraform");
        assertThat(settings.awsProfile()).isEmpty();
        assertThat(settings.awsRegion()).isEmpty();
        assertThat(settings.theme()).isEqualTo(WorkbenchSettings.Theme.LIGHT);

        settings.setTerraformBinary("/opt/terraform/bin/terraform");
        settings.setAwsProfile("analytics");
        settings.setAwsRegion("eu-west-1");
        settings.setTheme(WorkbenchSettings.Theme.DARK);

        WorkbenchSettings reread = new WorkbenchSettings(workspace.settings());
        assertThat(reread.terraformBinary()).isEqualTo("/opt/terraform/bin/terraform");
        assertThat(reread.awsProfile()).contains("analytics");
        assertThat(reread.awsRegion()).contains("eu-west-1");
        assertThat(reread.theme()).isEqualTo(WorkbenchSettings.Theme.DARK);
        assertThat(workspace.settings().get(WorkbenchSettings.THEME)).contains("dark");

        settings.setAwsProfile(" ");
        assertThat(reread.awsProfile()).isEmpty();
    }

    @Test
    void recentItemsAreNewestFirstAndOncePerLocation() {
        RecentItems recent = workspace.recentItems();
        recent.touch(Area.INFRASTRUCTURE, "infra", "/work/infra");
        recent.touch(Area.DATA_QUALITY, "payments", "SAMPLES.PAYMENT");
        recent.touch(Area.MONITORING, "alarms", "cloudwatch:eu-west-1");
        recent.touch(Area.INFRASTRUCTURE, "infra (renamed)", "/work/infra");

        assertThat(recent.list(10)).extracting(RecentItem::location)
                .containsExactly("/work/infra", "cloudwatch:eu-west-1", "SAMPLES.PAYMENT");
        assertThat(recent.list(10).get(0).label()).isEqualTo("infra (renamed)");
        assertThat(recent.list(2)).hasSize(2);
        assertThat(recent.list(10).get(0).openedAt()).isAfterOrEqualTo(recent.list(10).get(1).openedAt());
    }

    @Test
    void recentItemsKeepOnlyTheNewest() {
        for (int i = 0; i < JdbcRecentItems.KEPT + 5; i++) {
            workspace.recentItems().touch(Area.INFRASTRUCTURE, "p" + i, "/p" + i);
        }
        assertThat(workspace.recentItems().list(1000)).hasSize(JdbcRecentItems.KEPT)
                .first().extracting(RecentItem::location).isEqualTo("/p" + (JdbcRecentItems.KEPT + 4));
    }

    @Test
    void projectsAreAddedAndListedByArea() {
        Project added = workspace.projects().add("Orders", Area.DATA_QUALITY, "SALES.ORDERS", "daily orders");

        assertThat(added.id()).isPositive();
        assertThat(added.sample()).isFalse();
        assertThat(workspace.projects().list(Area.DATA_QUALITY)).extracting(Project::location)
                .containsExactly(SampleCatalog.PAYMENTS_TABLE, "SALES.ORDERS");
        assertThat(workspace.projects().list(Area.MONITORING)).isEmpty();
        assertThat(workspace.projects().list()).contains(added);
    }
}
