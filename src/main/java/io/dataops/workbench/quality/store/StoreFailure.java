package io.dataops.workbench.quality.store;

import io.dataops.workbench.common.UserFacingException;
import java.sql.SQLException;

/** A workspace read or write that failed, said in the user's terms. */
final class StoreFailure {

    private StoreFailure() {
    }

    static UserFacingException of(String action, SQLException e) {
        return new UserFacingException("Could not " + action + " in the workspace: " + e.getMessage(), e);
    }
}
