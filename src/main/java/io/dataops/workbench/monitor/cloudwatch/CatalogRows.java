package io.dataops.workbench.monitor.cloudwatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.monitor.metric.MetricId;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The SQL of the catalog's writes, and the dimensions' JSON form (compact, keys sorted: equal sets are equal text). */
final class CatalogRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogRows() {
    }

    static void delete(Connection db, String key, String namespace) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM cloudwatch_metric WHERE connection_key = ?"
                + (namespace == null ? "" : " AND namespace = ?"))) {
            delete.setString(1, key);
            if (namespace != null) {
                delete.setString(2, namespace);
            }
            delete.executeUpdate();
        }
    }

    // MERGE rather than INSERT: ListMetrics may repeat a metric across pages while it is being published.
    static PreparedStatement insert(Connection db) throws SQLException {
        return db.prepareStatement("MERGE INTO cloudwatch_metric (connection_key, namespace, metric_name, dimensions,"
                + " search_text, fetched_at) KEY (connection_key, namespace, metric_name, dimensions)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Adds one page of ListMetrics to the open transaction. */
    static void add(PreparedStatement insert, String key, List<MetricId> page, OffsetDateTime fetchedAt) {
        try {
            for (MetricId id : page) {
                insert.setString(1, key);
                insert.setString(2, id.namespace());
                insert.setString(3, id.name());
                insert.setString(4, json(id.dimensions()));
                insert.setString(5, searchText(id));
                insert.setObject(6, fetchedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new WriteFailure(e);
        }
    }

    /** A failed write inside the page callback, carried out of it to the transaction that rolls back. */
    static final class WriteFailure extends RuntimeException {
        WriteFailure(SQLException cause) {
            super(cause);
        }
    }

    static void mark(Connection db, String key, CloudWatchMetricCatalog.Fetch fetch) throws SQLException {
        try (PreparedStatement merge = db.prepareStatement("MERGE INTO cloudwatch_metric_fetch (connection_key,"
                + " namespace, recently_active, metric_count, fetched_at) KEY (connection_key) VALUES (?, ?, ?, ?, ?)")) {
            merge.setString(1, key);
            merge.setString(2, fetch.namespace().orElse(null));
            merge.setBoolean(3, fetch.recentlyActive());
            merge.setLong(4, fetch.metrics());
            merge.setObject(5, fetch.fetchedAt().atOffset(ZoneOffset.UTC));
            merge.executeUpdate();
        }
    }

    static String searchText(MetricId id) {
        StringBuilder text = new StringBuilder(id.namespace()).append('\n').append(id.name());
        id.dimensions().forEach((name, value) -> text.append('\n').append(name).append('=').append(value));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    static String json(Map<String, String> dimensions) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(dimensions));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TreeMap<String, String> dimensions(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
