package io.dataops.workbench.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The user's workspace: one embedded H2 database in a directory, shared by the GUI and the CLI at the
 * same time. CONTRACT (other packages code against these signatures; keep them):
 * <ul>
 *   <li>{@link #open(Path)} creates the directory and database if missing, refuses (with a
 *       {@link WorkspaceException}, leaving the files untouched) a workspace whose schema is newer than
 *       this build knows, migrates an older one with Flyway, and fills a new one with the samples.</li>
 *   <li>{@link #connect()} gives a new connection the caller closes.</li>
 * </ul>
 */
public final class Workspace implements AutoCloseable {

    public static Workspace open(Path directory) {
        throw new UnsupportedOperationException("workspace: not yet built");
    }

    public Path directory() {
        throw new UnsupportedOperationException();
    }

    public Connection connect() throws SQLException {
        throw new UnsupportedOperationException();
    }

    public SettingsStore settings() {
        throw new UnsupportedOperationException();
    }

    public ProjectStore projects() {
        throw new UnsupportedOperationException();
    }

    public RecentItems recentItems() {
        throw new UnsupportedOperationException();
    }

    public WorkspaceInfo info() {
        throw new UnsupportedOperationException();
    }

    /** A consistent copy taken while the workspace stays in use. */
    public void backup(Path zipFile) {
        throw new UnsupportedOperationException();
    }

    /** Replaces the workspace in {@code directory} by a backup; refuses a workspace in use. */
    public static void restore(Path directory, Path zipFile) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
