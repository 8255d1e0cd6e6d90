package io.dataops.workbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewWorkspaceTest {

    @TempDir
    Path root;

    @Test
    void aNewWorkspaceHoldsEverySampleAtTheLatestSchema() throws Exception {
        Path directory = root.resolve("new-workspace");
        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.directory()).isEqualTo(directory.toAbsolutePath().normalize());
            assertThat(Files.isRegularFile(directory.resolve("workspace.mv.db"))).isTrue();

            List<Project> infrastructure = workspace.projects().list(Area.INFRASTRUCTURE);
            assertThat(infrastructure).extracting(Project::name)
                    .containsExactly(SampleCatalog.TERRAFORM_LEARNING_NAME, SampleCatalog.TERRAFORM_OFFLINE_NAME);
            assertThat(infrastructure).allMatch(Project::sample);
            for (Project project : infrastructure) {
                Path folder = Path.of(project.location());
                assertThat(folder).isAbsolute().startsWith(workspace.directory().resolve("samples"));
                assertThat(folder.resolve("main.tf")).isRegularFile();
                assertThat(folder.resolve("variables.tf")).isRegularFile();
                assertThat(folder.resolve("outputs.tf")).isRegularFile();
                assertThat(folder.resolve("modules/website/main.tf")).isRegularFile();
            }
            assertThat(Files.readString(Path.of(infrastructure.get(0).location(), "main.tf")))
                    .contains("data \"aws_ami\" \"ubuntu\"", "resource \"aws_instance\" \"app_server\"",
                            "source  = \"hashicorp/aws\"", "module \"website\"");

            Project payments = workspace.projects().list(Area.DATA_QUALITY).get(0);
            assertThat(payments.location()).isEqualTo(SampleCatalog.PAYMENTS_TABLE);
            assertThat(payments.sample()).isTrue();
            assertThat(payments.description()).contains("null amount", "negative", "future", "staff_id", "outlier");
            assertThat(countRows(workspace, "SELECT COUNT(*) FROM " + SampleCatalog.PAYMENTS_TABLE))
                    .isEqualTo(PaymentsSample.ROWS).isBetween(2000L, 5000L);

            WorkspaceInfo info = workspace.info();
            assertThat(info.schemaVersion()).isEqualTo(WorkspaceSchema.LATEST_VERSION);
            assertThat(info.latestKnownVersion()).isEqualTo(WorkspaceSchema.LATEST_VERSION);
            assertThat(info.projects()).isEqualTo(3);
            assertThat(info.samples()).isEqualTo(3);
            assertThat(info.sizeBytes()).isGreaterThan(Files.size(directory.resolve("workspace.mv.db")) - 1);
            assertThat(info.directory()).isEqualTo(workspace.directory());
        }
    }

    @Test
    void reopeningSeedsNothingAgainAndKeepsSettings() throws Exception {
        Path directory = root.resolve("ws");
        try (Workspace workspace = Workspace.open(directory)) {
            workspace.settings().put("window.width", "1280");
            workspace.projects().add("My infra", Area.INFRASTRUCTURE, "/home/me/infra", "");
        }
        Path editedSample = directory.resolve("samples/terraform-offline/variables.tf");
        Files.writeString(editedSample, "# edited by the user\n");

        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.settings().get("window.width")).contains("1280");
            assertThat(workspace.projects().list()).hasSize(4);
            assertThat(workspace.info().samples()).isEqualTo(3);
            assertThat(countRows(workspace, "SELECT COUNT(*) FROM SAMPLES.PAYMENT")).isEqualTo(PaymentsSample.ROWS);
        }
        assertThat(Files.readString(editedSample)).isEqualTo("# edited by the user\n");
    }

    @Test
    void aWorkspaceOpenedTwiceInOneJvmIsShared() {
        Path directory = root.resolve("ws");
        try (Workspace first = Workspace.open(directory); Workspace second = Workspace.open(directory)) {
            first.settings().put("shared", "yes");
            assertThat(second.settings().get("shared")).contains("yes");
            first.close();
            second.settings().put("still", "works");
            assertThat(second.projects().list()).hasSize(3);
        }
    }

    @Test
    void theLatestVersionConstantMatchesTheMigrationsOnTheClasspath() throws Exception {
        Path directory = root.resolve("ws");
        try (Workspace workspace = Workspace.open(directory)) {
            String url = new WorkspaceFiles(directory).sharedUrl();
            var flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(WorkspaceSchema.LATEST_VERSION);
            assertThat(flyway.info().all()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theSampleIndexNamesEveryBundledFile() {
        assertThat(TerraformSamples.index())
                .allSatisfy(file -> assertThat(TerraformSamples.class.getResource("/samples/" + file)).isNotNull())
                .anyMatch(file -> file.startsWith(SampleCatalog.TERRAFORM_LEARNING + "/"))
                .anyMatch(file -> file.startsWith(SampleCatalog.TERRAFORM_OFFLINE + "/"));
    }

    static long countRows(Workspace workspace, String sql) throws Exception {
        try (Connection connection = workspace.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
