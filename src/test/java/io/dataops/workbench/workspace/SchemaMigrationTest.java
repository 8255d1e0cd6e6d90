package io.dataops.workbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {

    @TempDir
    Path directory;

    @Test
    void aWorkspaceFromTheFirstVersionIsMigratedWithItsDataKept() throws Exception {
        WorkspaceFiles files = new WorkspaceFiles(directory);
        WorkspaceSchema.migrate(files.sharedUrl(), MigrationVersion.fromVersion(WorkspaceSchema.FIRST_VERSION));
        try (Connection connection = DriverManager.getConnection(files.sharedUrl(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO setting VALUES ('ui.theme', 'dark')");
            statement.executeUpdate("INSERT INTO project (name, area, location) VALUES"
                    + " ('Old infra', 'INFRASTRUCTURE', '/srv/old-infra')");
            statement.executeUpdate("INSERT INTO recent_item (area, label, location, opened_at) VALUES"
                    + " ('INFRASTRUCTURE', 'Old infra', '/srv/old-infra', CURRENT_TIMESTAMP)");
            assertThat(WorkspaceSchema.currentVersion(connection)).contains("1");
        }

        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.info().schemaVersion()).isEqualTo(WorkspaceSchema.LATEST_VERSION);
            assertThat(workspace.workbenchSettings().theme()).isEqualTo(WorkbenchSettings.Theme.DARK);
            assertThat(workspace.projects().list()).extracting(Project::name).contains("Old infra");
            assertThat(workspace.recentItems().list(10)).extracting(RecentItem::location).containsExactly("/srv/old-infra");
            assertThat(NewWorkspaceTest.countRows(workspace, "SELECT COUNT(*) FROM SAMPLES.PAYMENT"))
                    .isEqualTo(PaymentsSample.ROWS);
        }
        try (Stream<Path> backups = Files.list(directory.resolve("backups"))) {
            assertThat(backups.map(path -> path.getFileName().toString()))
                    .singleElement().asString().startsWith("before-schema-" + WorkspaceSchema.LATEST_VERSION + "-from-1-");
        }
    }
}
