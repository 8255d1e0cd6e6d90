package io.dataops.workbench.workspace;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.mvstore.MVStoreException;

/**
 * Looks at an existing workspace database before this build decides to touch it. Flyway would
 * silently accept a schema newer than it knows, and opening the file read-write can rewrite it on
 * close, so a refused workspace must be read through a connection that writes nothing.
 */
final class SchemaProbe {

    private SchemaProbe() {
    }

    /** The schema version, empty when the database was created but never migrated. */
    static Optional<String> readVersion(WorkspaceFiles files) {
        try (Connection connection = DriverManager.getConnection(files.readOnlyUrl(), WorkspaceFiles.USER,
                WorkspaceFiles.PASSWORD)) {
            return versionOf(connection, files);
        } catch (SQLException e) {
            if (WorkspaceProblems.isInUse(e)) {
                return readThroughOwner(files);
            }
            if (WorkspaceProblems.isCorruption(e)) {
                throw WorkspaceProblems.corrupt(files.databaseFile(), e);
            }
            throw WorkspaceProblems.unreadable(files.databaseFile(), e);
        } catch (MVStoreException e) {
            // H2's storage layer may report a damaged file unchecked instead of as an SQLException.
            throw WorkspaceProblems.corrupt(files.databaseFile(), e);
        }
    }

    /**
     * Another process has the file open; when it serves it (AUTO_SERVER) a read through it changes
     * nothing that process would not change anyway.
     */
    private static Optional<String> readThroughOwner(WorkspaceFiles files) {
        try (Connection connection = DriverManager.getConnection(files.sharedUrl(), WorkspaceFiles.USER,
                WorkspaceFiles.PASSWORD)) {
            return versionOf(connection, files);
        } catch (SQLException e) {
            if (WorkspaceProblems.isInUse(e)) {
                throw WorkspaceProblems.locked(files.databaseFile(), e);
            }
            throw WorkspaceProblems.unreadable(files.databaseFile(), e);
        }
    }

    private static Optional<String> versionOf(Connection connection, WorkspaceFiles files) throws SQLException {
        Optional<String> version = WorkspaceSchema.currentVersion(connection);
        if (version.isEmpty() && WorkspaceSchema.hasForeignTables(connection)) {
            throw WorkspaceProblems.notAWorkspace(files.databaseFile());
        }
        return version;
    }
}
