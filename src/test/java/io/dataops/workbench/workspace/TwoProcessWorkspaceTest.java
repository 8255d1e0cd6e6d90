package io.dataops.workbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI and the CLI use one workspace at the same time, each in its own JVM. */
class TwoProcessWorkspaceTest {

    @TempDir
    Path directory;

    @Test
    void aSecondJvmReadsAndWritesTheWorkspaceThisJvmHasOpen() throws Exception {
        try (Workspace workspace = Workspace.open(directory)) {
            workspace.settings().put("written.by", "first-jvm");

            try (ChildJvm cli = ChildJvm.start(directory, "get", "written.by", "put", "answer", "from-second-jvm")) {
                assertThat(cli.awaitLine("VALUE")).isEqualTo("VALUE first-jvm");
                cli.awaitLine("OK");
                assertThat(cli.awaitExit()).as(cli.transcript()).isZero();
            }

            assertThat(workspace.settings().get("answer")).contains("from-second-jvm");
            assertThat(workspace.projects().list()).hasSize(3);
        }
    }

    @Test
    void theOtherJvmKeepsWorkingWhenTheJvmServingTheDatabaseExitsFirst() throws Exception {
        try (ChildJvm server = ChildJvm.start(directory, "serve")) {
            server.awaitLine("READY");
            try (Workspace workspace = Workspace.open(directory)) {
                workspace.settings().put("before", "1");
                server.send("get before");
                assertThat(server.awaitLine("VALUE")).isEqualTo("VALUE 1");

                server.send("exit");
                assertThat(server.awaitExit()).as(server.transcript()).isZero();

                workspace.settings().put("after", "2");
                assertThat(workspace.settings().get("before")).contains("1");
                assertThat(workspace.projects().list()).hasSize(3);

                // This JVM took the database over; a newcomer reaches it through this JVM now.
                try (ChildJvm newcomer = ChildJvm.start(directory, "get", "after")) {
                    assertThat(newcomer.awaitLine("VALUE")).isEqualTo("VALUE 2");
                    assertThat(newcomer.awaitExit()).as(newcomer.transcript()).isZero();
                }
            }
        }
    }

    @Test
    void theSecondJvmKeepsWorkingWhenThisJvmServedTheDatabaseAndClosesFirst() throws Exception {
        Workspace workspace = Workspace.open(directory);
        try (ChildJvm gui = ChildJvm.start(directory, "serve")) {
            gui.awaitLine("READY");
            workspace.settings().put("from.first", "yes");
            workspace.close();

            gui.send("put from.second yes");
            gui.awaitLine("OK");
            gui.send("get from.first");
            assertThat(gui.awaitLine("VALUE")).isEqualTo("VALUE yes");
            gui.send("exit");
            assertThat(gui.awaitExit()).as(gui.transcript()).isZero();
        } finally {
            workspace.close();
        }
        try (Workspace reopened = Workspace.open(directory)) {
            assertThat(reopened.settings().get("from.second")).contains("yes");
        }
    }

    @Test
    void twoJvmsCreatingTheSameWorkspaceAtOnceSeedItOnce() throws Exception {
        try (ChildJvm cli = ChildJvm.start(directory, "put", "from.cli", "yes")) {
            try (Workspace workspace = Workspace.open(directory)) {
                cli.awaitLine("OK");
                assertThat(cli.awaitExit()).as(cli.transcript()).isZero();
                assertThat(workspace.projects().list()).hasSize(3);
                assertThat(workspace.settings().get("from.cli")).contains("yes");
                assertThat(NewWorkspaceTest.countRows(workspace, "SELECT COUNT(*) FROM SAMPLES.PAYMENT"))
                        .isEqualTo(PaymentsSample.ROWS);
            }
        }
    }
}
