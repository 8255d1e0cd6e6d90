package io.dataops.workbench.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Online backups of the workspace database as H2 writes them: a zip holding {@code workspace.mv.db}. */
final class WorkspaceBackup {

    private WorkspaceBackup() {
    }

    /**
     * H2's BACKUP TO copies a consistent state while other connections keep writing. It writes to a
     * temporary name first so an interrupted backup never looks like a good one.
     */
    static void backup(ConnectionSource connections, Path zipFile) {
        Path target = zipFile.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            try (Connection connection = connections.connect(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new WorkspaceException("Could not write the backup " + target + ": " + e.getMessage()
                    + ". The workspace itself is unchanged; check that the folder exists and is writable.", e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless; the error that matters is already being reported.
        }
    }
}
