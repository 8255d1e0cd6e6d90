package io.dataops.workbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Settings in the workspace's {@code setting} table, shared by every process using the workspace. */
final class JdbcSettingsStore implements SettingsStore {

    /** Credentials belong in the AWS profile or the OS keychain, never in a file we back up and copy. */
    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(password|passwd|secret|access[._-]?key|token|credential).*");

    private final ConnectionSource connections;

    JdbcSettingsStore(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public Optional<String> get(String key) {
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT setting_value FROM setting WHERE setting_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlFailure.of("read the setting '" + key + "'", e);
        }
    }

    @Override
    public void put(String key, String value) {
        Objects.requireNonNull(value, "value; use remove(key) to clear a setting");
        if (SECRET_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("The setting '" + key + "' looks like a credential; the workspace"
                    + " never stores passwords or keys (AWS credentials stay in the AWS profile).");
        }
        try (Connection connection = connections.connect();
             PreparedStatement merge = connection.prepareStatement(
                     "MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)")) {
            merge.setString(1, key);
            merge.setString(2, value);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw SqlFailure.of("save the setting '" + key + "'", e);
        }
    }

    @Override
    public void remove(String key) {
        try (Connection connection = connections.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM setting WHERE setting_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw SqlFailure.of("remove the setting '" + key + "'", e);
        }
    }
}
