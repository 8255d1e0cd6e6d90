package io.dataops.workbench.workspace;

import java.sql.SQLException;

/** Turns a failed statement in a store into an error the user can read. */
final class SqlFailure {

    private SqlFailure() {
    }

    static WorkspaceException of(String action, SQLException cause) {
        String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("unknown error");
        return new WorkspaceException("Could not " + action + " in the workspace database: " + reason
                + ". Nothing was lost; try again, and if it keeps failing restart DataOps Workbench.", cause);
    }
}
