package io.dataops.workbench.quality.validation.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.profile.ProfileMasking;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One expectation on the current batch: result, unexpected values, the SQL it ran, masking and cancel. */
class ExpectationPreviewTest {

    @TempDir
    Path dir;

    JdbcSource source;
    SourceConnector connector;

    @BeforeEach
    void table() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("t.duckdb");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE pay (id INTEGER, amount DOUBLE, paid DATE)");
            statement.execute("INSERT INTO pay VALUES (1, 5, DATE '2024-01-03'), (2, 15, DATE '2024-01-09'),"
                    + " (3, 25, DATE '2024-02-01'), (4, 35, DATE '2024-02-02'), (5, NULL, DATE '2024-02-03')");
        }
        source = JdbcSource.of(url);
        connector = new SourceConnector(new EngineSettings("512MB", 1),
                new SecretResolver(Map.of(), new SecretCipher(new SecretKeyFile(dir))), List.of());
    }

    private static ExpectationConfig between(double min, double max) {
        return ExpectationConfig.of("expect_column_values_to_be_between",
                Map.of("column", "amount", "min_value", min, "max_value", max));
    }

    @Test
    void movingABoundChangesTheResultOnTheSameSession() {
        ExpectationPreview preview = new ExpectationPreview(connector, false);
        try (PreviewSession session = preview.open(source, AssetRef.table("pay"), Optional.empty(), TaskContext.none())) {
            PreviewResult wide = session.run(between(0, 100), TaskContext.none());
            assertThat(wide.success()).isTrue();
            assertThat(wide.unexpectedCount()).hasValue(0);
            assertThat(wide.elementCount()).hasValue(5);

            PreviewResult narrow = session.run(between(0, 20), TaskContext.none());
            assertThat(narrow.success()).isFalse();
            assertThat(narrow.unexpectedCount()).hasValue(2);
            assertThat(narrow.unexpectedValues()).containsExactlyInAnyOrder(25.0, 35.0);
            assertThat(narrow.sql()).isNotEmpty();
            assertThat(narrow.sqlText()).containsIgnoringCase("select").contains("\"amount\"").contains("20");
        }
    }

    @Test
    void aggregateExpectationsShowTheirObservedValue() {
        PreviewResult max = new ExpectationPreview(connector, false).run(source, AssetRef.table("pay"), Optional.empty(),
                ExpectationConfig.of("expect_column_max_to_be_between", Map.of("column", "amount", "max_value", 30)),
                TaskContext.none());
        assertThat(max.success()).isFalse();
        assertThat(max.observedValue()).contains(35.0);
    }

    @Test
    void aBatchNarrowsTheData() {
        PreviewResult january = new ExpectationPreview(connector, false).run(source, AssetRef.table("pay"),
                Optional.of(BatchSpec.parse("PAID:month:2024-01")), between(0, 20), TaskContext.none());
        assertThat(january.success()).isTrue();
        assertThat(january.elementCount()).hasValue(2);
    }

    @Test
    void badKwargsAreAnErrorNotAnException() {
        PreviewResult missing = new ExpectationPreview(connector, false).run(source, AssetRef.table("pay"),
                Optional.empty(), ExpectationConfig.of("expect_column_values_to_not_be_null", Map.of("column", "nope")),
                TaskContext.none());
        assertThat(missing.raised()).isTrue();
        assertThat(missing.success()).isFalse();
        assertThat(missing.error().orElseThrow()).contains("nope");
    }

    @Test
    void masksUnexpectedValuesWhenAsked() {
        PreviewResult masked = new ExpectationPreview(connector, true).run(source, AssetRef.table("pay"),
                Optional.empty(), ExpectationConfig.of("expect_column_values_to_be_in_set",
                        Map.of("column", "id", "value_set", List.of(1, 2))), TaskContext.none());
        assertThat(masked.unexpectedCount()).hasValue(3);
        assertThat(masked.unexpectedValues()).hasSize(3).containsOnly(ProfileMasking.MASK);
    }

    @Test
    void aCancelledRunStopsAndTheSessionStaysUsable() throws Exception {
        ExpectationPreview preview = new ExpectationPreview(connector, false);
        try (Connection connection = DriverManager.getConnection(source.url()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE big AS SELECT i AS v FROM range(0, 5000000) t(i)");
        }
        try (PreviewSession session = preview.open(source, AssetRef.table("big"), Optional.empty(), TaskContext.none())) {
            // Cancel once the second statement (the aggregate scan, after the schema read) has registered its JDBC
            // cancel: the query is running or about to, not merely queued.
            java.util.concurrent.CountDownLatch scanning = new java.util.concurrent.CountDownLatch(2);
            CancellableContext context = new CancellableContext() {
                @Override
                public Registration onCancel(Runnable action) {
                    Registration registration = super.onCancel(action);
                    scanning.countDown();
                    return registration;
                }
            };
            ExpectationConfig slow = ExpectationConfig.of("expect_column_values_to_be_unique", Map.of("column", "v"));
            CompletableFuture<PreviewResult> running = CompletableFuture.supplyAsync(() -> session.run(slow, context));
            assertThat(scanning.await(60, TimeUnit.SECONDS)).isTrue();
            context.cancel();
            assertThatThrownBy(() -> running.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(CancelledException.class);
            PreviewResult next = session.run(ExpectationConfig.of("expect_table_row_count_to_be_between",
                    Map.of("min_value", 1)), TaskContext.none());
            assertThat(next.success()).isTrue();
        }
    }
}
