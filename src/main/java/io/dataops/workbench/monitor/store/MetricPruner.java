package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The store's retention job: drops raw samples and roll-up buckets older than the retention allows. Roll-ups are
 * written with the samples, so pruning is all the job does. Deletes in small transactions so writers (the host
 * sampler, a validation) are never held up for long. The app runs it at start and then hourly; the CLI on
 * {@code dataops metrics prune}.
 */
public final class MetricPruner {

    static final int DELETE_CHUNK = 10_000;

    private final StoreConnections connections;

    public MetricPruner(StoreConnections connections) {
        this.connections = connections;
    }

    /** How many rows each table lost. */
    public record Result(long rawSamples, long minuteBuckets, long hourBuckets) {
    }

    public Result prune(MetricRetention retention, Instant now, TaskContext context) {
        try (Connection connection = connections.open()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCK_TIMEOUT 10000");
            }
            long raw = delete(connection, "metric_sample", "ts_ms", now.minus(retention.raw()), context);
            long minute = delete(connection, Resolution.MINUTE.table, "bucket_ms", now.minus(retention.minute()), context);
            long hour = delete(connection, Resolution.HOUR.table, "bucket_ms", now.minus(retention.hour()), context);
            return new Result(raw, minute, hour);
        } catch (SQLException e) {
            throw new UserFacingException("Could not apply the metric retention to the workspace: " + e.getMessage(), e);
        }
    }

    private static long delete(Connection connection, String table, String column, Instant cutoff, TaskContext context)
            throws SQLException {
        long total = 0;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + column + " < ?"
                + " FETCH FIRST " + DELETE_CHUNK + " ROWS ONLY")) {
            delete.setLong(1, cutoff.toEpochMilli());
            int deleted;
            do {
                context.checkCancelled();
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == DELETE_CHUNK);
        }
        return total;
    }
}
