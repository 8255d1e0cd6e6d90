package io.dataops.workbench.workspace;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One connection held for the workspace's lifetime. H2 closes a database with its last connection,
 * so without it every store call would reopen the file and restart the server other processes
 * reach it through. When the process serving the file exits, using this connection makes H2
 * reconnect (AUTO_RECONNECT), and whichever process reconnects first takes the file over.
 */
final class DatabaseHold implements AutoCloseable {

    private final WorkspaceFiles files;
    private Connection connection;
    private boolean closed;

    private DatabaseHold(WorkspaceFiles files, Connection connection) {
        this.files = files;
        this.connection = connection;
    }

    static DatabaseHold acquire(WorkspaceFiles files) {
        return new DatabaseHold(files, open(files));
    }

    /** Revives the held connection if the process that served the database has gone away. */
    synchronized void keepAlive() throws SQLException {
        if (closed) {
            throw new SQLException("The workspace " + files.directory() + " was closed.");
        }
        try (Statement ping = connection.createStatement()) {
            ping.execute("SELECT 1");
        } catch (SQLException e) {
            closeQuietly(connection);
            connection = DriverManager.getConnection(files.sharedUrl(), WorkspaceFiles.USER, WorkspaceFiles.PASSWORD);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeQuietly(connection);
        }
    }

    private static Connection open(WorkspaceFiles files) {
        try {
            return DriverManager.getConnection(files.sharedUrl(), WorkspaceFiles.USER, WorkspaceFiles.PASSWORD);
        } catch (SQLException e) {
            if (WorkspaceProblems.isInUse(e)) {
                throw WorkspaceProblems.locked(files.databaseFile(), e);
            }
            if (WorkspaceProblems.isCorruption(e)) {
                throw WorkspaceProblems.corrupt(files.databaseFile(), e);
            }
            throw WorkspaceProblems.unreadable(files.databaseFile(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The server behind it is gone already; there is nothing left to release.
        }
    }
}
