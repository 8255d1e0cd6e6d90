package io.dataops.workbench.terraform.project;

import io.dataops.workbench.common.UserFacingException;
import java.sql.SQLException;

/** A draft or revision could not be read or written; the message says what and that the file itself is safe. */
final class EditorStoreException {

    private EditorStoreException() {
    }

    static UserFacingException of(String action, SQLException cause) {
        String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("unknown error");
        return new UserFacingException("Could not " + action + " in the workspace database: " + reason
                + ". The file on disk is unchanged; try again.", cause);
    }
}
