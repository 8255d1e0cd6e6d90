package io.dataops.workbench.quality.history;

import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.quality.validation.ExceptionInfo;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.result.ValidationJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validation results for history and data-docs tests, stored in one batch insert (thousands in a second or two). */
public final class StoredRuns {

    private StoredRuns() {
    }

    /** Run {@code i}: suite "payments" or "orders", two assets, run i minutes after 2024-01-01, every 7th failing. */
    public static ValidationResult run(int i) {
        String suite = i % 2 == 0 ? "payments" : "orders";
        String asset = i % 3 == 0 ? "SAMPLES.PAYMENT" : "SAMPLES.ORDERS";
        boolean failing = i % 7 == 0;
        Map<String, Object> notNull = new LinkedHashMap<>();
        notNull.put("element_count", 1000);
        notNull.put("unexpected_count", failing ? 3 : 0);
        notNull.put("unexpected_percent", failing ? 0.3 : 0.0);
        notNull.put("partial_unexpected_list", failing ? List.of("secret-" + i, "x<y>", "z") : List.of());
        Map<String, Object> max = new LinkedHashMap<>();
        max.put("observed_value", 100 + i % 10);
        return new ValidationResult(suite, asset + " [payment_date 2024-0" + (1 + i % 3) + "]",
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * i), List.of(
                new ExpectationResult(ExpectationConfig.of("expect_column_values_to_be_in_set",
                        Map.of("column", "status", "value_set", List.of("a", "b"))), !failing, notNull, ExceptionInfo.NONE),
                new ExpectationResult(ExpectationConfig.of("expect_column_max_to_be_between",
                        Map.of("column", "amount", "max_value", 200)), true, max, ExceptionInfo.NONE)));
    }

    public static void insert(ConnectionOpener connections, int from, int toExclusive) throws SQLException {
        try (Connection connection = connections.open();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO quality_validation_result (suite_name,"
                     + " source_name, batch_label, run_at, success, evaluated, successful, result_json)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = from; i < toExclusive; i++) {
                ValidationResult result = run(i);
                insert.setString(1, result.suiteName());
                insert.setString(2, "warehouse");
                insert.setString(3, result.batchLabel());
                insert.setTimestamp(4, Timestamp.from(result.runAt()));
                insert.setBoolean(5, result.success());
                insert.setInt(6, result.evaluated());
                insert.setInt(7, result.successful());
                insert.setString(8, ValidationJson.write(result));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
