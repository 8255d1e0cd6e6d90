package io.dataops.workbench.monitor.postgres;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.monitor.store.StoreConnections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RDS-like metrics of one PostgreSQL server, read from {@code pg_stat_database}, in namespace {@value #NAMESPACE}
 * with dimension {@code DBInstanceIdentifier} (the data source's name): DatabaseConnections (Count, the sum of
 * numbackends), BufferCacheHitRatio (Percent, blks_hit / (blks_hit + blks_read) over all databases since the
 * statistics were reset), CommitThroughput and RollbackThroughput (Count/Second, xact_commit / xact_rollback
 * between two calls, so the first call gives none) and DatabaseSize (Bytes, pg_database_size, with dimension
 * DatabaseName too, per database that accepts connections). One collector per server, called by one thread.
 */
public final class PostgresMetricsCollector {

    public static final String NAMESPACE = "Workbench/PostgreSQL";

    private final String instance;
    private final StoreConnections connections;
    private long[] previousTransactions;
    private Instant previousAt;

    /** {@code connections} opens a connection to the server (any database on it); it is closed after each call. */
    public PostgresMetricsCollector(String instance, StoreConnections connections) {
        this.instance = instance;
        this.connections = connections;
    }

    public List<MetricSample> collect(Instant now) {
        List<MetricSample> samples = new ArrayList<>();
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT COALESCE(SUM(numbackends), 0), COALESCE(SUM(blks_hit), 0),"
                    + " COALESCE(SUM(blks_read), 0), COALESCE(SUM(xact_commit), 0), COALESCE(SUM(xact_rollback), 0)"
                    + " FROM pg_stat_database")) {
                row.next();
                samples.add(sample("DatabaseConnections", Map.of(), "Count", now, row.getLong(1)));
                long hit = row.getLong(2);
                long read = row.getLong(3);
                if (hit + read > 0) {
                    samples.add(sample("BufferCacheHitRatio", Map.of(), "Percent", now, 100.0 * hit / (hit + read)));
                }
                addThroughput(samples, now, new long[] {row.getLong(4), row.getLong(5)});
            }
            try (ResultSet rows = statement.executeQuery("SELECT datname, pg_database_size(datname) FROM pg_database"
                    + " WHERE datallowconn AND NOT datistemplate ORDER BY datname")) {
                while (rows.next()) {
                    samples.add(sample("DatabaseSize", Map.of("DatabaseName", rows.getString(1)), "Bytes", now, rows.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw new UserFacingException("Could not read the PostgreSQL statistics of '" + instance + "': " + e.getMessage()
                    + ". Check that the data source is reachable and its user may read pg_stat_database.", e);
        }
        return samples;
    }

    private void addThroughput(List<MetricSample> samples, Instant now, long[] transactions) {
        if (previousTransactions != null && now.isAfter(previousAt)) {
            double seconds = Duration.between(previousAt, now).toMillis() / 1000.0;
            long commits = transactions[0] - previousTransactions[0];
            long rollbacks = transactions[1] - previousTransactions[1];
            // Counters going down means pg_stat_reset(): no honest rate for this interval.
            if (commits >= 0 && rollbacks >= 0) {
                samples.add(sample("CommitThroughput", Map.of(), "Count/Second", now, commits / seconds));
                samples.add(sample("RollbackThroughput", Map.of(), "Count/Second", now, rollbacks / seconds));
            }
        }
        previousTransactions = transactions;
        previousAt = now;
    }

    private MetricSample sample(String name, Map<String, String> extra, String unit, Instant now, double value) {
        Map<String, String> dimensions = new HashMap<>(extra);
        dimensions.put("DBInstanceIdentifier", instance);
        return new MetricSample(MetricId.of(NAMESPACE, name, dimensions), unit, now, value);
    }
}
