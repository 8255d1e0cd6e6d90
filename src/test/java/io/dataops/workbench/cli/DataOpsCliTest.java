package io.dataops.workbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI's surface: version, help, usage errors and exit codes. None of these needs a workspace. */
class DataOpsCliTest {

    @TempDir
    Path temp;

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("dataops \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(run.out()).doesNotContain("unknown").doesNotContain("${");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsGlobalOptionsCommandsAndExitCodes() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: dataops", "--workspace=DIR", "workspace", "Exit codes:",
                "DATAOPS_WORKSPACE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void workspaceHelpListsItsSubcommands() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "help", "workspace");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("info", "backup", "restore");
    }

    @Test
    void unknownSubcommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "wrkspace", "info");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("'wrkspace'", "Did you mean", "dataops workspace", "--help")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "workspace", "info", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(CliRun.inWorkspace(temp.resolve("ws")).exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "workspace");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("info, backup or restore");
    }

    @Test
    void missingParameterIsAUsageError() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "workspace", "backup");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("FILE");
    }

    @Test
    void commandsThatNeedNoWorkspaceDoNotCreateIt() {
        Path workspace = temp.resolve("not-yet");

        CliRun.run(java.util.Map.of(), "--workspace", workspace.toString(), "--version");
        CliRun.run(java.util.Map.of(), "--workspace", workspace.toString(), "--help");
        CliRun.run(java.util.Map.of(), "--workspace", workspace.toString(), "workspace", "--help");
        CliRun.run(java.util.Map.of(), "--workspace", workspace.toString(), "frobnicate");
        CliRun.inWorkspace(workspace, "workspace", "restore", temp.resolve("missing.zip").toString());
        CliRun.inWorkspace(workspace, "workspace", "backup", temp.resolve("backup.zip").toString());

        assertThat(workspace).doesNotExist();
    }

    @Test
    void restoreFromAMissingFileIsAnInputError() {
        Path missing = temp.resolve("missing.zip");

        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "workspace", "restore", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualToIgnoringNewLines("The backup file " + missing + " does not exist.");
    }

    @Test
    void backupOfAMissingWorkspaceIsAnInputError() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "workspace", "backup", temp.resolve("b.zip").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("There is no workspace at");
    }

    @Test
    void readableSizes() {
        assertThat(ByteSize.readable(512)).isEqualTo("512 bytes");
        assertThat(ByteSize.readable(1536)).isEqualTo("1.5 KB (1536 bytes)");
        assertThat(ByteSize.readable(3L * 1024 * 1024)).isEqualTo("3.0 MB (3145728 bytes)");
    }
}
