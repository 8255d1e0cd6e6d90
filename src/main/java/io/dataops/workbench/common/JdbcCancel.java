package io.dataops.workbench.common;

import java.sql.SQLException;
import java.sql.Statement;

/** Makes cancelling a task stop a running query on the database side, not only between rows. */
public final class JdbcCancel {

    private JdbcCancel() {
    }

    public static TaskContext.Registration cancelOnCancel(Statement statement, TaskContext context) {
        return context.onCancel(() -> {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // The statement may already be finished or closed; nothing is left to stop.
            }
        });
    }
}
