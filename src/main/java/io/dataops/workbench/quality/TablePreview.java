package io.dataops.workbench.quality;

import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.JdbcCancel;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the first rows of a table, as text, cancellably: cancelling the task cancels the running statement. */
public final class TablePreview {

    /** Opens a new connection the caller closes ({@code workspace::connect}). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Column names and the rows read, each cell as text ("" for SQL NULL shown as "NULL"). */
    public record Rows(List<String> columns, List<List<String>> rows) {
        public Rows {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final ConnectionSource connections;

    public TablePreview(ConnectionSource connections) {
        this.connections = connections;
    }

    public Rows firstRows(String qualifiedTable, int limit, TaskContext context) {
        if (!QUALIFIED_NAME.matcher(qualifiedTable).matches()) {
            throw new UserFacingException("\"" + qualifiedTable + "\" is not a table name the preview can read "
                    + "(expected SCHEMA.TABLE).");
        }
        context.message("Reading " + qualifiedTable);
        try (Connection connection = connections.open();
             Statement statement = connection.createStatement();
             TaskContext.Registration ignored = JdbcCancel.cancelOnCancel(statement, context)) {
            statement.setMaxRows(limit);
            try (ResultSet result = statement.executeQuery("SELECT * FROM " + qualifiedTable)) {
                return read(result, limit, context);
            }
        } catch (SQLException e) {
            context.checkCancelled();
            throw new UserFacingException("Could not read the first rows of " + qualifiedTable + ": "
                    + e.getMessage(), e);
        }
    }

    private static Rows read(ResultSet result, int limit, TaskContext context) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rows.size() < limit && result.next()) {
            if (context.isCancelled()) {
                throw new CancelledException();
            }
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                String value = result.getString(i);
                row.add(value == null ? "NULL" : value);
            }
            rows.add(row);
            context.progress(rows.size(), limit);
        }
        return new Rows(columns, rows);
    }
}
