package io.dataops.workbench.monitor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds a batch of samples to the roll-ups in the caller's transaction. Buckets are updated in key order so two
 * writers touching the same buckets lock them in the same order (no deadlock); a bucket another writer has
 * just created is retried as an update.
 */
final class RollupWriter {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Map<Resolution, TreeMap<BucketKey, Aggregate>> pending = new EnumMap<>(Resolution.class);

    record BucketKey(long seriesId, long bucket) implements Comparable<BucketKey> {
        @Override
        public int compareTo(BucketKey o) {
            int bySeries = Long.compare(seriesId, o.seriesId);
            return bySeries != 0 ? bySeries : Long.compare(bucket, o.bucket);
        }
    }

    void add(long seriesId, long epochMillis, double value) {
        for (Resolution resolution : Resolution.values()) {
            pending.computeIfAbsent(resolution, r -> new TreeMap<>())
                    .computeIfAbsent(new BucketKey(seriesId, resolution.bucketOf(epochMillis)), k -> new Aggregate())
                    .add(value);
        }
    }

    void flush(Connection connection) throws SQLException {
        for (Map.Entry<Resolution, TreeMap<BucketKey, Aggregate>> entry : pending.entrySet()) {
            write(connection, entry.getKey().table, entry.getValue());
        }
        pending.clear();
    }

    private static void write(Connection connection, String table, TreeMap<BucketKey, Aggregate> buckets) throws SQLException {
        List<Map.Entry<BucketKey, Aggregate>> missing = update(connection, table, new ArrayList<>(buckets.entrySet()));
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (series_id, bucket_ms,"
                + " sample_count, value_sum, value_min, value_max) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<BucketKey, Aggregate> bucket : missing) {
                bind(insert, bucket);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // Created by another writer since our update: add to theirs.
                    if (!update(connection, table, List.of(bucket)).isEmpty()) {
                        throw new SQLException("The roll-up bucket " + bucket.getKey() + " in " + table + " could not be written", e);
                    }
                }
            }
        }
    }

    /** Updates the buckets that exist and answers those that do not. */
    private static List<Map.Entry<BucketKey, Aggregate>> update(Connection connection, String table,
                                                                List<Map.Entry<BucketKey, Aggregate>> buckets) throws SQLException {
        List<Map.Entry<BucketKey, Aggregate>> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET sample_count = sample_count + ?,"
                + " value_sum = value_sum + ?, value_min = LEAST(value_min, ?), value_max = GREATEST(value_max, ?)"
                + " WHERE series_id = ? AND bucket_ms = ?")) {
            for (Map.Entry<BucketKey, Aggregate> bucket : buckets) {
                Aggregate a = bucket.getValue();
                update.setLong(1, a.count);
                update.setDouble(2, a.sum);
                update.setDouble(3, a.min);
                update.setDouble(4, a.max);
                update.setLong(5, bucket.getKey().seriesId());
                update.setLong(6, bucket.getKey().bucket());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missing.add(buckets.get(i));
                }
            }
        }
        return missing;
    }

    private static void bind(PreparedStatement insert, Map.Entry<BucketKey, Aggregate> bucket) throws SQLException {
        Aggregate a = bucket.getValue();
        insert.setLong(1, bucket.getKey().seriesId());
        insert.setLong(2, bucket.getKey().bucket());
        insert.setLong(3, a.count);
        insert.setDouble(4, a.sum);
        insert.setDouble(5, a.min);
        insert.setDouble(6, a.max);
    }
}
