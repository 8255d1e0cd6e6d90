package io.dataops.workbench.workspace;

import static io.dataops.workbench.workspace.NewWorkspaceTest.countRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted problems are really in the table, and the rest of it is clean enough to stand out. */
class PaymentsSampleTest {

    @TempDir
    static Path directory;

    private static Workspace workspace;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(directory);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void spansSeveralMonthsOf2005() throws Exception {
        assertThat(countRows(workspace, "SELECT COUNT(DISTINCT EXTRACT(MONTH FROM payment_date)) FROM samples.payment"
                + " WHERE EXTRACT(YEAR FROM payment_date) = 2005")).isGreaterThanOrEqualTo(4);
        assertThat(countRows(workspace, "SELECT COUNT(DISTINCT customer_id) FROM samples.payment")).isGreaterThan(500);
    }

    @Test
    void holdsEachPlantedProblem() throws Exception {
        assertThat(count("amount IS NULL")).isEqualTo(PaymentsSample.NULL_AMOUNTS);
        assertThat(count("amount < 0")).isEqualTo(1);
        assertThat(count("payment_date > CURRENT_TIMESTAMP")).isEqualTo(1);
        assertThat(count("staff_id NOT IN (1, 2)")).isEqualTo(1);
        assertThat(count("amount > 100")).isEqualTo(1);
        assertThat(countRows(workspace, "SELECT COUNT(*) FROM (SELECT payment_id FROM samples.payment"
                + " GROUP BY payment_id HAVING COUNT(*) > 1)")).isEqualTo(1);
    }

    @Test
    void isTheSameInEveryWorkspace(@TempDir Path other) throws Exception {
        String checksum = "SELECT SUM(CAST(payment_id AS BIGINT) * customer_id + rental_id * staff_id)"
                + " + SUM(EXTRACT(EPOCH FROM payment_date)) FROM samples.payment";
        try (Workspace second = Workspace.open(other)) {
            assertThat(countRows(second, checksum)).isEqualTo(countRows(workspace, checksum));
        }
    }

    private static long count(String condition) throws Exception {
        return countRows(workspace, "SELECT COUNT(*) FROM samples.payment WHERE " + condition);
    }
}
