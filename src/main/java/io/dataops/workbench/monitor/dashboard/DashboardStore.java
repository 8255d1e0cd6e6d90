package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dashboards kept in the workspace (table {@code monitor_dashboard}), each as its {@link DashboardJson}, so
 * what is saved to a file and what the workspace holds are the same text.
 */
public final class DashboardStore {

    /** A new connection to the workspace database that the caller closes ({@code workspace::connect}). */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connections;

    public DashboardStore(Connector connections) {
        this.connections = connections;
    }

    /** The dashboards' names, alphabetically; creates the default "Local" dashboard on first use. */
    public List<String> names() {
        try (Connection connection = connections.open()) {
            List<String> names = readNames(connection);
            if (names.isEmpty()) {
                Dashboard local = LocalDashboard.create();
                insert(connection, local);
                names = List.of(local.name());
            }
            return names;
        } catch (SQLException e) {
            throw failure("list the dashboards", e);
        }
    }

    public Optional<Dashboard> load(String name) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT dashboard_json FROM monitor_dashboard WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(DashboardJson.read(rows.getString(1), "Dashboard " + name))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the dashboard " + name, e);
        }
    }

    /** Saves the dashboard under its name, replacing one of that name. */
    public void save(Dashboard dashboard) {
        try (Connection connection = connections.open();
             PreparedStatement merge = connection.prepareStatement("MERGE INTO monitor_dashboard (name,"
                     + " dashboard_json, updated_at) KEY (name) VALUES (?, ?, ?)")) {
            merge.setString(1, dashboard.name());
            merge.setString(2, DashboardJson.write(dashboard));
            merge.setObject(3, Instant.now().atOffset(ZoneOffset.UTC));
            merge.executeUpdate();
        } catch (SQLException e) {
            throw failure("save the dashboard " + dashboard.name(), e);
        }
    }

    public void delete(String name) {
        try (Connection connection = connections.open();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM monitor_dashboard WHERE name = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete the dashboard " + name, e);
        }
    }

    private static List<String> readNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM monitor_dashboard ORDER BY LOWER(name), name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void insert(Connection connection, Dashboard dashboard) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO monitor_dashboard (name, dashboard_json, updated_at) VALUES (?, ?, ?)")) {
            insert.setString(1, dashboard.name());
            insert.setString(2, DashboardJson.write(dashboard));
            insert.setObject(3, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static UserFacingException failure(String action, SQLException e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("unknown error");
        return new UserFacingException("Could not " + action + " in the workspace database: " + reason
                + ". Nothing was lost; try again, and if it keeps failing restart DataOps Workbench.", e);
    }
}
