package io.dataops.workbench.monitor.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A new connection to the workspace database that the caller closes ({@code workspace::connect}). */
@FunctionalInterface
public interface StoreConnections {
    Connection open() throws SQLException;
}
