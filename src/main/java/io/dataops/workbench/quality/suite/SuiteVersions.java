package io.dataops.workbench.quality.suite;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every save of a suite is a version (table quality_suite_version, V50): save, list, get, diff, roll back. A save
 * also replaces the suite's current JSON in quality_suite, in the same transaction, so checkpoints run what was
 * saved last. Saving content equal to the latest version creates nothing.
 */
public final class SuiteVersions {

    private final ConnectionOpener connections;
    private final Clock clock;

    public SuiteVersions(ConnectionOpener connections) {
        this(connections, Clock.systemUTC());
    }

    public SuiteVersions(ConnectionOpener connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    public SavedVersion save(ExpectationSuite suite, String note) {
        if (suite.name() == null || suite.name().isBlank()) {
            throw new UserFacingException("Give the suite a name before saving it.");
        }
        String json = SuiteJson.write(suite, SuiteJson.Version.V1);
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            try {
                Optional<SuiteVersion> latest = latest(connection, suite.name());
                if (latest.isPresent() && latest.get().json().equals(json)) {
                    connection.rollback();
                    return new SavedVersion(latest.get(), false);
                }
                SuiteVersion version = new SuiteVersion(suite.name(), latest.map(v -> v.version() + 1).orElse(1), json,
                        clock.instant(), note == null ? "" : note);
                insert(connection, version);
                replaceCurrent(connection, version);
                connection.commit();
                return new SavedVersion(version, true);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save the suite " + suite.name(), e);
        }
    }

    /** The versions of a suite, newest first. */
    public List<SuiteVersion> list(String suiteName) {
        return query("SELECT suite_name, version, suite_json, saved_at, note FROM quality_suite_version"
                + " WHERE suite_name = ? ORDER BY version DESC", suiteName, null);
    }

    public Optional<SuiteVersion> get(String suiteName, int version) {
        return query("SELECT suite_name, version, suite_json, saved_at, note FROM quality_suite_version"
                + " WHERE suite_name = ? AND version = ?", suiteName, version).stream().findFirst();
    }

    public Optional<SuiteVersion> latest(String suiteName) {
        List<SuiteVersion> all = query("SELECT suite_name, version, suite_json, saved_at, note FROM"
                + " quality_suite_version WHERE suite_name = ? ORDER BY version DESC LIMIT 1", suiteName, null);
        return all.stream().findFirst();
    }

    /** The names of all suites with versions, sorted. */
    public List<String> suiteNames() {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT DISTINCT suite_name FROM quality_suite_version ORDER BY suite_name");
             ResultSet rows = select.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw failure("list the suites", e);
        }
    }

    public SuiteDiff diff(String suiteName, int fromVersion, int toVersion) {
        return SuiteDiffer.diff(require(suiteName, fromVersion), require(suiteName, toVersion));
    }

    /** Saves version {@code version}'s content as a new version (history is never rewritten). */
    public SavedVersion rollback(String suiteName, int version, String note) {
        SuiteVersion old = require(suiteName, version);
        String text = note == null || note.isBlank() ? "Rolled back to version " + version : note;
        return save(old.suite(), text);
    }

    public SuiteVersion require(String suiteName, int version) {
        return get(suiteName, version).orElseThrow(() -> new UserFacingException("The suite " + suiteName
                + " has no version " + version + "; its versions are "
                + list(suiteName).stream().map(SuiteVersion::version).sorted().toList() + "."));
    }

    private static Optional<SuiteVersion> latest(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT suite_name, version, suite_json, saved_at,"
                + " note FROM quality_suite_version WHERE suite_name = ? ORDER BY version DESC LIMIT 1")) {
            select.setString(1, name);
            List<SuiteVersion> found = read(select);
            return found.stream().findFirst();
        }
    }

    private static void insert(Connection connection, SuiteVersion version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quality_suite_version"
                + " (suite_name, version, suite_json, saved_at, note) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, version.suiteName());
            insert.setInt(2, version.version());
            insert.setString(3, version.json());
            insert.setTimestamp(4, Timestamp.from(version.savedAt()));
            insert.setString(5, version.note());
            insert.executeUpdate();
        }
    }

    private static void replaceCurrent(Connection connection, SuiteVersion version) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM quality_suite WHERE name = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO quality_suite (name, suite_json, updated_at) VALUES (?, ?, ?)")) {
            delete.setString(1, version.suiteName());
            delete.executeUpdate();
            insert.setString(1, version.suiteName());
            insert.setString(2, version.json());
            insert.setTimestamp(3, Timestamp.from(version.savedAt()));
            insert.executeUpdate();
        }
    }

    private List<SuiteVersion> query(String sql, String name, Integer version) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, name);
            if (version != null) {
                select.setInt(2, version);
            }
            return read(select);
        } catch (SQLException e) {
            throw failure("read the versions of " + name, e);
        }
    }

    private static List<SuiteVersion> read(PreparedStatement select) throws SQLException {
        List<SuiteVersion> versions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.add(new SuiteVersion(rows.getString(1), rows.getInt(2), rows.getString(3),
                        rows.getTimestamp(4).toInstant(), rows.getString(5)));
            }
        }
        return versions;
    }

    private static UserFacingException failure(String action, SQLException e) {
        return new UserFacingException("Could not " + action + " in the workspace: " + e.getMessage(), e);
    }
}
