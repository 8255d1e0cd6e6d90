package io.dataops.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dataops workspace info|backup|restore} against a real workspace in a temporary directory. */
class WorkspaceCommandsTest {

    @TempDir
    Path temp;

    @Test
    void infoCreatesAFreshWorkspaceWithItsSamples() {
        Path workspace = temp.resolve("fresh");

        CliRun run = CliRun.run(Map.of(), "--workspace", workspace.toString(), "workspace", "info");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(workspace).isDirectory();
        assertThat(run.out()).contains("Workspace:       " + workspace.toAbsolutePath().normalize(),
                "Schema version:", "Size:", "Projects:", "Samples:");
        assertThat(samplesIn(run.out())).isPositive();
    }

    @Test
    void workspaceOptionAfterTheSubcommandAndTheEnvironmentVariableBothWork() {
        Path fromOption = temp.resolve("option");
        Path fromEnvironment = temp.resolve("environment");

        CliRun viaOption = CliRun.inWorkspace(fromEnvironment, "workspace", "info", "--workspace", fromOption.toString());
        assertThat(viaOption.out()).contains(fromOption.toString());
        assertThat(fromEnvironment).doesNotExist();

        CliRun viaEnvironment = CliRun.inWorkspace(fromEnvironment, "workspace", "info");
        assertThat(viaEnvironment.out()).contains(fromEnvironment.toString());
    }

    @Test
    void infoAsJson() throws Exception {
        Path workspace = temp.resolve("json");

        CliRun run = CliRun.inWorkspace(workspace, "workspace", "info", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("directory").asText()).isEqualTo(workspace.toString());
        assertThat(json.get("samples").asInt()).isPositive();
        assertThat(json.get("sizeBytes").asLong()).isPositive();
        assertThat(json.has("schemaVersion")).isTrue();
    }

    @Test
    void backupThenRestoreRoundTrip() {
        Path workspace = temp.resolve("ws");
        Path backup = temp.resolve("backup.zip");
        String before = CliRun.inWorkspace(workspace, "workspace", "info").out();

        CliRun backedUp = CliRun.inWorkspace(workspace, "workspace", "backup", backup.toString());
        assertThat(backedUp.exitCode()).isZero();
        assertThat(backedUp.out()).startsWith("Backed up workspace " + workspace).contains(backup.toString());
        assertThat(backup).isRegularFile();

        try (Workspace open = Workspace.open(workspace)) {
            open.projects().add("added after the backup", Area.INFRASTRUCTURE, "/nowhere", "");
        }
        assertThat(projectsIn(CliRun.inWorkspace(workspace, "workspace", "info").out()))
                .isEqualTo(projectsIn(before) + 1);

        CliRun restored = CliRun.inWorkspace(workspace, "workspace", "restore", backup.toString());
        assertThat(restored.exitCode()).isZero();
        assertThat(restored.err()).isEmpty();
        assertThat(restored.out()).contains("Restored workspace " + workspace, backup.toString());

        assertThat(projectsIn(CliRun.inWorkspace(workspace, "workspace", "info").out())).isEqualTo(projectsIn(before));
    }

    @Test
    void backupRefusesToOverwriteAFile() {
        Path workspace = temp.resolve("ws");
        Path backup = temp.resolve("backup.zip");
        assertThat(CliRun.inWorkspace(workspace, "workspace", "backup", backup.toString()).exitCode())
                .isEqualTo(ExitCode.USAGE);
        CliRun.inWorkspace(workspace, "workspace", "info");
        assertThat(CliRun.inWorkspace(workspace, "workspace", "backup", backup.toString()).exitCode()).isZero();

        CliRun again = CliRun.inWorkspace(workspace, "workspace", "backup", backup.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void restoreRefusesAWorkspaceInUse() {
        Path workspace = temp.resolve("ws");
        Path backup = temp.resolve("backup.zip");
        CliRun.inWorkspace(workspace, "workspace", "info");
        CliRun.inWorkspace(workspace, "workspace", "backup", backup.toString());

        try (Workspace inUse = Workspace.open(workspace)) {
            CliRun run = CliRun.inWorkspace(workspace, "workspace", "restore", backup.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).containsIgnoringCase("in use")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(inUse.info().projects()).isPositive();
        }
    }

    private static int samplesIn(String info) {
        return number(info, "Samples:");
    }

    private static int projectsIn(String info) {
        return number(info, "Projects:");
    }

    private static int number(String info, String label) {
        return info.lines().filter(line -> line.startsWith(label))
                .map(line -> line.substring(label.length()).trim())
                .mapToInt(Integer::parseInt).findFirst().orElseThrow();
    }
}
