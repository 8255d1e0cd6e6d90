package io.dataops.workbench.workspace;

import java.nio.file.Path;
import java.sql.SQLException;

/** The plain-words errors of opening a workspace: what went wrong, where, and what to do. */
final class WorkspaceProblems {

    /** H2: "Database may be already in use" (another process holds the file without serving it). */
    static final int DATABASE_IN_USE = 90020;

    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int GENERAL_ERROR = 50000;

    private WorkspaceProblems() {
    }

    static boolean isInUse(SQLException e) {
        return e.getErrorCode() == DATABASE_IN_USE;
    }

    static boolean isCorruption(SQLException e) {
        int code = e.getErrorCode();
        return code == FILE_CORRUPTED || code == FILE_VERSION_ERROR || code == GENERAL_ERROR;
    }

    static WorkspaceException newerSchema(Path directory, String version) {
        return new WorkspaceException("The workspace at " + directory + " was written by a newer DataOps Workbench"
                + " (schema " + version + "; this version knows up to " + WorkspaceSchema.LATEST_VERSION + ")."
                + " It was left untouched. Open it with a newer version, or choose another workspace with"
                + " --workspace.");
    }

    static WorkspaceException locked(Path databaseFile, SQLException cause) {
        return new WorkspaceException("The workspace database " + databaseFile + " is locked by another program"
                + " that does not share it (for example an H2 console or a DataOps Workbench that is not"
                + " responding). Nothing was changed. Close that program and try again.", cause);
    }

    static WorkspaceException corrupt(Path databaseFile, Throwable cause) {
        return new WorkspaceException("The workspace database " + databaseFile + " is damaged and cannot be read."
                + " Nothing was changed. Restore it from a backup with `dataops workspace restore FILE`,"
                + " or choose another workspace with --workspace.", cause);
    }

    static WorkspaceException notAWorkspace(Path databaseFile) {
        return new WorkspaceException("The database " + databaseFile + " holds tables but is not a DataOps"
                + " Workbench workspace. Nothing was changed. Choose another folder with --workspace.");
    }

    static WorkspaceException unreadable(Path databaseFile, SQLException cause) {
        return new WorkspaceException("The workspace database " + databaseFile + " could not be opened ("
                + cause.getMessage().lines().findFirst().orElse("unknown error") + "). Nothing was changed."
                + " If another program uses it, close that program; if the file is damaged, restore it with"
                + " `dataops workspace restore FILE`.", cause);
    }
}
