package io.dataops.workbench.workspace;

import io.dataops.workbench.common.UserFacingException;

/** A workspace that cannot be opened, migrated, backed up or restored, said in plain words. */
public final class WorkspaceException extends UserFacingException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
