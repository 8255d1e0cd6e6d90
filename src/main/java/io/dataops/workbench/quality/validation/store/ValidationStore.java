package io.dataops.workbench.quality.validation.store;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.result.ValidationJson;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suites, checkpoints and validation results in the workspace. Suites and checkpoints are stored as their
 * file JSON (by name, replaced on save); results as GX validation-result JSON with their outcome.
 */
public final class ValidationStore {

    /** A stored result: what ran, when, and its GX JSON. */
    public record StoredValidation(long id, String suiteName, String sourceName, String batchLabel, Instant runAt,
                                   boolean success, String resultJson) {
    }

    private final ConnectionOpener connections;

    public ValidationStore(ConnectionOpener connections) {
        this.connections = connections;
    }

    public void saveSuite(ExpectationSuite suite) {
        saveNamed("quality_suite", "suite_json", suite.name(), SuiteJson.write(suite, SuiteJson.Version.V1));
    }

    public Optional<ExpectationSuite> findSuite(String name) {
        return findNamed("quality_suite", "suite_json", name).map(json -> SuiteJson.parse(json, name));
    }

    public void saveCheckpoint(String name, String json) {
        saveNamed("quality_checkpoint", "checkpoint_json", name, json);
    }

    public Optional<String> findCheckpoint(String name) {
        return findNamed("quality_checkpoint", "checkpoint_json", name);
    }

    public long saveResult(String sourceName, ValidationResult result) {
        try (Connection connection = connections.open();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO quality_validation_result (suite_name,"
                     + " source_name, batch_label, run_at, success, evaluated, successful, result_json)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, result.suiteName());
            insert.setString(2, sourceName);
            insert.setString(3, result.batchLabel());
            insert.setTimestamp(4, Timestamp.from(result.runAt()));
            insert.setBoolean(5, result.success());
            insert.setInt(6, result.evaluated());
            insert.setInt(7, result.successful());
            insert.setString(8, ValidationJson.write(result));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("store the validation result of " + result.suiteName(), e);
        }
    }

    /** The results of a suite, newest first. */
    public List<StoredValidation> results(String suiteName) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement("SELECT id, suite_name, source_name, batch_label,"
                     + " run_at, success, result_json FROM quality_validation_result WHERE suite_name = ?"
                     + " ORDER BY run_at DESC, id DESC")) {
            select.setString(1, suiteName);
            List<StoredValidation> stored = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(new StoredValidation(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getTimestamp(5).toInstant(), rows.getBoolean(6), rows.getString(7)));
                }
            }
            return stored;
        } catch (SQLException e) {
            throw failure("read the validation results of " + suiteName, e);
        }
    }

    private void saveNamed(String table, String column, String name, String json) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE name = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (name, " + column
                         + ", updated_at) VALUES (?, ?, ?)")) {
                delete.setString(1, name);
                delete.executeUpdate();
                insert.setString(1, name);
                insert.setString(2, json);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("save " + name, e);
        }
    }

    private Optional<String> findNamed(String table, String column, String name) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM " + table + " WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read " + name, e);
        }
    }

    private static UserFacingException failure(String action, SQLException e) {
        return new UserFacingException("Could not " + action + " in the workspace: " + e.getMessage(), e);
    }
}
