package io.dataops.workbench.monitor.postgres;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.testsupport.Requirements;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresMetricsCollectorTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (Exception e) {
            Requirements.require(false, "embedded PostgreSQL did not start (as root it needs `unshare -U`): " + e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readsConnectionsSizeCacheHitRatioAndTransactionRates() throws Exception {
        PostgresMetricsCollector collector = new PostgresMetricsCollector("orders-db", () -> postgres.getPostgresDatabase().getConnection());
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        waitUntil("SELECT COALESCE(SUM(blks_hit + blks_read), 0) FROM pg_stat_database", 1);
        List<MetricSample> first;
        // One extra connection held open: DatabaseConnections must count it next to the collector's own.
        try (Connection held = postgres.getPostgresDatabase().getConnection()) {
            held.createStatement().execute("SELECT 1");
            first = collector.collect(t0);
            assertThat(value(first, "DatabaseConnections", null)).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(2));
        }
        assertThat(first).allSatisfy(s -> {
            assertThat(s.metric().namespace()).isEqualTo(PostgresMetricsCollector.NAMESPACE);
            assertThat(s.metric().dimensions()).containsEntry("DBInstanceIdentifier", "orders-db");
        });
        assertThat(value(first, "CommitThroughput", null)).as("no rate from a single reading").isEmpty();
        assertThat(value(first, "BufferCacheHitRatio", null)).hasValueSatisfying(v -> assertThat(v).isBetween(0.0, 100.0));
        assertThat(value(first, "DatabaseSize", "postgres")).hasValue((double) scalar("SELECT pg_database_size('postgres')"));

        // 100 committed and 10 rolled back transactions, then a reading 10 s later: at least 10/s and 1/s.
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < 100; i++) {
                statement.execute("SELECT " + i);
            }
            connection.setAutoCommit(false);
            for (int i = 0; i < 10; i++) {
                statement.execute("SELECT " + i);
                connection.rollback();
            }
        }
        // Statistics reach pg_stat_database when a backend goes idle or ends; ask for a fresh snapshot.
        waitForStats();
        List<MetricSample> second = collector.collect(t0.plusSeconds(10));
        assertThat(value(second, "CommitThroughput", null)).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(10.0));
        assertThat(value(second, "RollbackThroughput", null)).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
    }

    @Test
    void anUnreachableServerGivesAClearError() {
        PostgresMetricsCollector collector = new PostgresMetricsCollector("gone",
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/none", "u", "p"));
        assertThatThrownBy(() -> collector.collect(Instant.now())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("'gone'").hasMessageContaining("reachable");
    }

    private static void waitForStats() throws Exception {
        waitUntil("SELECT xact_rollback FROM pg_stat_database WHERE datname = 'postgres'", 10);
    }

    /**
     * Backends flush their statistics to pg_stat_database at most once a second (PostgreSQL 15+), so a fresh
     * server can show no block reads yet; poll for up to 10 s rather than race the flush.
     */
    private static void waitUntil(String sql, long atLeast) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (scalar(sql) >= atLeast) {
                return;
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("SELECT pg_stat_clear_snapshot()");
            }
            Thread.sleep(100);
        }
    }

    private static long scalar(String sql) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Optional<Double> value(List<MetricSample> samples, String name, String database) {
        return samples.stream().filter(s -> s.metric().name().equals(name))
                .filter(s -> database == null || database.equals(s.metric().dimensions().get("DatabaseName")))
                .map(MetricSample::value).findFirst();
    }
}
