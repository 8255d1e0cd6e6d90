package io.dataops.workbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {

    @TempDir
    Path root;

    @Test
    void aBackupTakenWhileInUseIsRestoredAfterClosing() throws Exception {
        Path directory = root.resolve("ws");
        Path zip = root.resolve("backups/monday.zip");
        try (Workspace workspace = Workspace.open(directory)) {
            workspace.settings().put("state", "at-backup");
            workspace.backup(zip);
            workspace.settings().put("state", "after-backup");
            workspace.projects().add("Added later", Area.INFRASTRUCTURE, "/later", "");

            assertThat(zip).isRegularFile();
            assertThatThrownBy(() -> Workspace.restore(directory, zip))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("in use")
                    .hasMessageContaining(workspace.directory().toString());
            assertThat(workspace.settings().get("state")).contains("after-backup");
            try (var files = Files.list(directory)) {
                assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("restore"));
            }
        }

        Optional<Path> previous = Workspace.restoreKeepingPrevious(directory, zip);

        assertThat(previous).isPresent();
        assertThat(previous.get()).isRegularFile();
        try (Workspace restored = Workspace.open(directory)) {
            assertThat(restored.settings().get("state")).contains("at-backup");
            assertThat(restored.projects().list()).extracting(Project::name).doesNotContain("Added later");
            assertThat(NewWorkspaceTest.countRows(restored, "SELECT COUNT(*) FROM SAMPLES.PAYMENT"))
                    .isEqualTo(PaymentsSample.ROWS);
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessHasTheWorkspaceOpen() throws Exception {
        Path directory = root.resolve("ws");
        Path zip = root.resolve("backup.zip");
        try (Workspace workspace = Workspace.open(directory)) {
            workspace.backup(zip);
        }
        try (ChildJvm gui = ChildJvm.start(directory, "serve")) {
            gui.awaitLine("READY");
            assertThatThrownBy(() -> Workspace.restore(directory, zip))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("in use by a running DataOps Workbench")
                    .hasMessageContaining("Close it");
            gui.send("exit");
            assertThat(gui.awaitExit()).isZero();
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceBackupIsRefusedAndChangesNothing() throws Exception {
        Path directory = root.resolve("ws");
        Workspace.open(directory).close();
        Path notAZip = Files.writeString(root.resolve("notes.zip"), "hello");
        Path otherZip = root.resolve("other.zip");
        try (OutputStream out = Files.newOutputStream(otherZip); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        FileSnapshot before = FileSnapshot.of(directory);

        for (Path wrong : new Path[] {notAZip, otherZip, root.resolve("missing.zip")}) {
            assertThatThrownBy(() -> Workspace.restore(directory, wrong))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining(wrong.toString())
                    .hasMessageContaining("not");
        }
        assertThat(FileSnapshot.of(directory)).isEqualTo(before);
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolder() throws Exception {
        Path zip = root.resolve("backup.zip");
        try (Workspace workspace = Workspace.open(root.resolve("ws"))) {
            workspace.settings().put("state", "saved");
            workspace.backup(zip);
        }
        Path fresh = root.resolve("fresh");

        assertThat(Workspace.restoreKeepingPrevious(fresh, zip)).isEmpty();
        try (Workspace restored = Workspace.open(fresh)) {
            assertThat(restored.settings().get("state")).contains("saved");
        }
    }
}
