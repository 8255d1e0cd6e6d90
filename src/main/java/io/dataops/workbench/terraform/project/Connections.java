package io.dataops.workbench.terraform.project;

import java.sql.Connection;
import java.sql.SQLException;

/** Gives a new connection to the workspace database ({@code workspace::connect}); the caller closes it. */
@FunctionalInterface
public interface Connections {
    Connection connect() throws SQLException;
}
