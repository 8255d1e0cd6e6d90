package io.dataops.workbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspaces this build must not open: it says why and what to do, and changes no byte. */
class RefusedWorkspaceTest {

    @TempDir
    Path directory;

    @BeforeEach
    void createWorkspace() {
        Workspace.open(directory).close();
    }

    @Test
    void aWorkspaceWrittenByANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("workspace"),
                "sa", ""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                    + " \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        FileSnapshot before = FileSnapshot.of(directory);

        assertThatThrownBy(() -> Workspace.open(directory))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(directory.toAbsolutePath().toString())
                .hasMessageContaining("newer DataOps Workbench")
                .hasMessageContaining("schema 99; this version knows up to " + WorkspaceSchema.LATEST_VERSION)
                .hasMessageContaining("--workspace");

        assertThat(FileSnapshot.of(directory)).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseIsRefusedWithTheFileAndTheRestoreCommand() throws Exception {
        Path database = directory.resolve("workspace.mv.db");
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.write(new byte[8192]);
        }
        FileSnapshot before = FileSnapshot.of(directory);

        assertThatThrownBy(() -> Workspace.open(directory))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(database.toAbsolutePath().toString())
                .hasMessageContaining("damaged")
                .hasMessageContaining("dataops workspace restore FILE");

        assertThat(FileSnapshot.of(directory)).isEqualTo(before);
    }

    @Test
    void aDatabaseLockedByAProgramThatDoesNotShareItIsRefused() throws Exception {
        try (ChildJvm foreignProgram = ChildJvm.start(directory, "hold-plain")) {
            foreignProgram.awaitLine("READY");
            byte[] databaseBefore = Files.readAllBytes(directory.resolve("workspace.mv.db"));

            assertThatThrownBy(() -> Workspace.open(directory))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(directory.resolve("workspace.mv.db").toAbsolutePath().toString())
                    .hasMessageContaining("locked by another program")
                    .hasMessageContaining("Close that program");

            assertThat(Files.readAllBytes(directory.resolve("workspace.mv.db"))).isEqualTo(databaseBefore);
        }
    }
}
