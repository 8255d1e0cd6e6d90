package io.dataops.workbench.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/** Gives a new connection to the workspace database; the caller closes it. */
@FunctionalInterface
interface ConnectionSource {
    Connection connect() throws SQLException;
}
