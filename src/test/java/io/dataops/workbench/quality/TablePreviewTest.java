package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class TablePreviewTest {

    private static final String URL = "jdbc:h2:mem:preview-test;DB_CLOSE_DELAY=-1";
    private Connection keepAlive;
    private final TablePreview preview = new TablePreview(() -> DriverManager.getConnection(URL));

    @BeforeEach
    void createTable() throws SQLException {
        keepAlive = DriverManager.getConnection(URL);
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("CREATE SCHEMA S; CREATE TABLE S.T(ID INT, NAME VARCHAR(20));"
                    + "INSERT INTO S.T SELECT X, CASE WHEN X = 2 THEN NULL ELSE 'row ' || X END FROM SYSTEM_RANGE(1, 50)");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        keepAlive.close();
    }

    @Test
    void readsColumnsAndTheFirstRowsAsText() {
        TablePreview.Rows rows = preview.firstRows("S.T", 10, TaskContext.none());
        assertThat(rows.columns()).containsExactly("ID", "NAME");
        assertThat(rows.rows()).hasSize(10);
        assertThat(rows.rows().get(0)).containsExactly("1", "row 1");
        assertThat(rows.rows().get(1)).containsExactly("2", "NULL");
    }

    @Test
    void refusesSomethingThatIsNotATableName() {
        assertThatThrownBy(() -> preview.firstRows("S.T; DROP ALL OBJECTS", 10, TaskContext.none()))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void aMissingTableIsAPlainError() {
        assertThatThrownBy(() -> preview.firstRows("S.MISSING", 10, TaskContext.none()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("Could not read the first rows of S.MISSING");
    }

    @Test
    void cancellingStopsAQueryThatIsRunningOnTheDatabase() throws Exception {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("CREATE VIEW S.SLOW AS SELECT A.X FROM SYSTEM_RANGE(1, 1000000) A, "
                    + "SYSTEM_RANGE(1, 1000000) B WHERE A.X + B.X < 0");
        }
        CancellableContext context = CancellableContext.create();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.complete(preview.firstRows("S.SLOW", 10, context));
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        }, "preview-under-test");
        worker.setDaemon(true);
        worker.start();
        // Wait until H2 executes the query (past parsing and planning, which also walk table filters).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Arrays.stream(worker.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.h2.command.query.")
                        && frame.getMethodName().equals("queryWithoutCache")));

        context.cancel(); // runs Statement.cancel() through JdbcCancel

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(CancelledException.class);
    }

    @Test
    void aCancelledContextStopsTheRead() {
        CancellableContext context = CancellableContext.create();
        context.cancel();
        assertThatThrownBy(() -> preview.firstRows("S.T", 10, context)).isInstanceOf(CancelledException.class);
    }
}
