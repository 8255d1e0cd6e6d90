package io.dataops.workbench.quality.sql;

import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.JdbcCancel;
import io.dataops.workbench.common.TaskContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one query at a time for a task: checks for cancel before, lets cancel stop the statement while it
 * runs (JdbcCancel), and turns a failure into the caller's user-facing error.
 */
public final class QueryRunner {

    private static final Logger LOG = LoggerFactory.getLogger(QueryRunner.class);

    /** Reads what a query returned; the result set is closed afterwards. */
    @FunctionalInterface
    public interface ResultReader<T> {
        T read(ResultSet result) throws SQLException;
    }

    private final Connection connection;
    private final TaskContext context;
    private final Function<SQLException, RuntimeException> failure;
    private final java.util.function.Consumer<String> observer;

    public QueryRunner(Connection connection, TaskContext context, Function<SQLException, RuntimeException> failure) {
        this(connection, context, failure, sql -> { });
    }

    private QueryRunner(Connection connection, TaskContext context, Function<SQLException, RuntimeException> failure,
                        java.util.function.Consumer<String> observer) {
        this.connection = connection;
        this.context = context;
        this.failure = failure;
        this.observer = observer;
    }

    /** The same runner that also tells {@code sqlObserver} each statement before it runs (to show the SQL). */
    public QueryRunner observed(java.util.function.Consumer<String> sqlObserver) {
        return new QueryRunner(connection, context, failure, observer.andThen(sqlObserver));
    }

    public Connection connection() {
        return connection;
    }

    public TaskContext context() {
        return context;
    }

    public <T> T query(String sql, ResultReader<T> reader) {
        context.checkCancelled();
        observer.accept(sql);
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement();
             TaskContext.Registration ignored = JdbcCancel.cancelOnCancel(statement, context);
             ResultSet result = statement.executeQuery(sql)) {
            T value = reader.read(result);
            LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql);
            return value;
        } catch (SQLException e) {
            if (context.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw new CancelledException();
            }
            LOG.debug("Query failed: {}", sql, e);
            throw failure.apply(e);
        }
    }

    /** Runs a statement that returns no rows (a SET or a CREATE VIEW). */
    public void execute(String sql) {
        context.checkCancelled();
        observer.accept(sql);
        try (Statement statement = connection.createStatement();
             TaskContext.Registration ignored = JdbcCancel.cancelOnCancel(statement, context)) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (context.isCancelled()) {
                throw new CancelledException();
            }
            throw failure.apply(e);
        }
    }
}
