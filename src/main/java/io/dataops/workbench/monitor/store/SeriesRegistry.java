package io.dataops.workbench.monitor.store;

import io.dataops.workbench.monitor.metric.MetricId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of series, created on first write. Series rows are never deleted (retention removes samples only),
 * so a cached id stays valid for as long as the workspace lives.
 */
final class SeriesRegistry {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Map<MetricId, Long> ids = new ConcurrentHashMap<>();

    /** The id of {@code metric}, creating the series (with {@code unit}) when another writer has not already. */
    long idOf(Connection connection, MetricId metric, String unit) throws SQLException {
        Long cached = ids.get(metric);
        if (cached != null) {
            return cached;
        }
        Optional<Long> found = find(connection, metric);
        if (found.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metric_series (namespace,"
                    + " metric_name, dimensions, unit) VALUES (?, ?, ?, ?)")) {
                bind(insert, metric);
                insert.setString(4, unit);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // Another connection created it between our look-up and our insert: use theirs.
            }
            found = find(connection, metric);
        }
        long id = found.orElseThrow(() -> new SQLException("The series " + metric.label() + " vanished while being created"));
        ids.put(metric, id);
        return id;
    }

    /** The id without creating anything: queries for unknown metrics answer empty. */
    Optional<Long> existing(Connection connection, MetricId metric) throws SQLException {
        Long cached = ids.get(metric);
        return cached != null ? Optional.of(cached) : find(connection, metric);
    }

    static Optional<String> unit(Connection connection, long seriesId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT unit FROM metric_series WHERE id = ?")) {
            select.setLong(1, seriesId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<Long> find(Connection connection, MetricId metric) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM metric_series WHERE namespace = ?"
                + " AND metric_name = ? AND dimensions = ?")) {
            bind(select, metric);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement statement, MetricId metric) throws SQLException {
        statement.setString(1, metric.namespace());
        statement.setString(2, metric.name());
        statement.setString(3, DimensionsJson.write(metric.dimensions()));
    }
}
