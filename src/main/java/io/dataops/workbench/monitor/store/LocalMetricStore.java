package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's metric store: raw samples plus 1-minute and 1-hour roll-ups kept up to date on every write.
 * Safe for several writers at once, in one process or several (the GUI sampling while the CLI validates): each
 * write is its own short transaction. Synchronous; starts no threads.
 */
public final class LocalMetricStore {

    /** Samples per transaction: short enough that a concurrent writer never waits long on a lock. */
    static final int CHUNK = 5_000;

    private final StoreConnections connections;
    private final SeriesRegistry series = new SeriesRegistry();

    public LocalMetricStore(StoreConnections connections) {
        this.connections = connections;
    }

    public void put(List<MetricSample> samples) {
        put(samples, TaskContext.none());
    }

    /** Writes the samples (in chunks of {@value #CHUNK}, each one transaction); cancelling keeps the chunks written. */
    public void put(List<MetricSample> samples, TaskContext context) {
        if (samples.isEmpty()) {
            return;
        }
        try (Connection connection = open()) {
            connection.setAutoCommit(false);
            for (int from = 0; from < samples.size(); from += CHUNK) {
                context.checkCancelled();
                writeChunk(connection, samples.subList(from, Math.min(samples.size(), from + CHUNK)));
                context.progress(Math.min(samples.size(), from + CHUNK), samples.size());
            }
        } catch (SQLException e) {
            throw new UserFacingException("Could not store " + samples.size() + " metric samples in the workspace: "
                    + e.getMessage(), e);
        }
    }

    /** The series that still have data, sorted by namespace, name and dimensions; {@code namespace} null for all. */
    public List<MetricDescriptor> listMetrics(String namespace) {
        String sql = "SELECT namespace, metric_name, dimensions, unit FROM metric_series s"
                + " WHERE EXISTS (SELECT 1 FROM metric_rollup_1h r WHERE r.series_id = s.id)"
                + (namespace == null ? "" : " AND namespace = ?") + " ORDER BY namespace, metric_name, dimensions";
        try (Connection connection = open(); PreparedStatement select = connection.prepareStatement(sql)) {
            if (namespace != null) {
                select.setString(1, namespace);
            }
            List<MetricDescriptor> metrics = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    MetricId id = new MetricId(rows.getString(1), rows.getString(2), DimensionsJson.read(rows.getString(3)));
                    metrics.add(new MetricDescriptor(id, rows.getString(4)));
                }
            }
            return metrics;
        } catch (SQLException e) {
            throw new UserFacingException("Could not list the metrics of the workspace: " + e.getMessage(), e);
        }
    }

    public MetricSeries query(MetricQuery query, TaskContext context) {
        return query(List.of(query), context).get(0);
    }

    /** Answers each query in order over one connection; an unknown metric answers an empty series. */
    public List<MetricSeries> query(List<MetricQuery> queries, TaskContext context) {
        try (Connection connection = open()) {
            List<MetricSeries> answers = new ArrayList<>(queries.size());
            for (MetricQuery query : queries) {
                context.checkCancelled();
                Optional<Long> id = series.existing(connection, query.metric());
                if (id.isEmpty()) {
                    answers.add(new MetricSeries(query, "None", List.of()));
                } else {
                    String unit = SeriesRegistry.unit(connection, id.get()).orElse("None");
                    answers.add(new StoreQuery(query).run(connection, id.get(), unit, context));
                }
            }
            return answers;
        } catch (SQLException e) {
            context.checkCancelled();
            throw new UserFacingException("Could not read metrics from the workspace: " + e.getMessage(), e);
        }
    }

    private void writeChunk(Connection connection, List<MetricSample> chunk) throws SQLException {
        RollupWriter rollups = new RollupWriter();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metric_sample (series_id, ts_ms,"
                + " metric_value) VALUES (?, ?, ?)")) {
            for (MetricSample sample : chunk) {
                long id = series.idOf(connection, sample.metric(), sample.unit());
                long ts = sample.timestamp().toEpochMilli();
                insert.setLong(1, id);
                insert.setLong(2, ts);
                insert.setDouble(3, sample.value());
                insert.addBatch();
                rollups.add(id, ts, sample.value());
            }
            insert.executeBatch();
            rollups.flush(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private Connection open() throws SQLException {
        Connection connection = connections.open();
        try (Statement statement = connection.createStatement()) {
            // Another writer may hold a roll-up row for a moment; wait for it rather than fail after H2's 1 s.
            statement.execute("SET LOCK_TIMEOUT 10000");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
