package io.dataops.workbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Projects in the workspace's {@code project} table, oldest first so samples lead the list. */
final class JdbcProjectStore implements ProjectStore {

    private static final String COLUMNS = "id, name, area, location, description, sample";

    private final ConnectionSource connections;

    JdbcProjectStore(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public List<Project> list() {
        return query("SELECT " + COLUMNS + " FROM project ORDER BY id", null);
    }

    @Override
    public List<Project> list(Area area) {
        return query("SELECT " + COLUMNS + " FROM project WHERE area = ? ORDER BY id", area);
    }

    @Override
    public Project add(String name, Area area, String location, String description) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(location, "location");
        try (Connection connection = connections.connect()) {
            return insert(connection, name, area, location, Objects.requireNonNullElse(description, ""), false);
        } catch (SQLException e) {
            throw SqlFailure.of("add the project '" + name + "'", e);
        }
    }

    /** Inserts on the caller's connection so sample seeding can register projects in its transaction. */
    static Project insert(Connection connection, String name, Area area, String location, String description,
                          boolean sample) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO project (name, area, location, description, sample) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, area.name());
            insert.setString(3, location);
            insert.setString(4, description);
            insert.setBoolean(5, sample);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Project(keys.getLong(1), name, area, location, description, sample);
            }
        }
    }

    private List<Project> query(String sql, Area area) {
        try (Connection connection = connections.connect();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (area != null) {
                select.setString(1, area.name());
            }
            List<Project> projects = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    projects.add(new Project(rows.getLong(1), rows.getString(2), Area.valueOf(rows.getString(3)),
                            rows.getString(4), rows.getString(5), rows.getBoolean(6)));
                }
            }
            return List.copyOf(projects);
        } catch (SQLException e) {
            throw SqlFailure.of("list the projects", e);
        }
    }
}
