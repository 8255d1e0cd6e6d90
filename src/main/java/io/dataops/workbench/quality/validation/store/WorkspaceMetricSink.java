package io.dataops.workbench.quality.validation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.validation.checkpoint.MetricDatum;
import io.dataops.workbench.quality.validation.checkpoint.MetricSink;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Writes metric data points to the workspace table {@code metric_datapoint}, in one transaction. */
public final class WorkspaceMetricSink implements MetricSink {

    private final ConnectionOpener connections;

    public WorkspaceMetricSink(ConnectionOpener connections) {
        this.connections = connections;
    }

    @Override
    public void publish(List<MetricDatum> data) {
        try (Connection connection = connections.open();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO metric_datapoint (namespace, metric_name,"
                     + " dimensions, ts, metric_value, unit) VALUES (?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (MetricDatum datum : data) {
                insert.setString(1, datum.namespace());
                insert.setString(2, datum.name());
                insert.setString(3, dimensions(datum));
                insert.setTimestamp(4, Timestamp.from(datum.timestamp()));
                insert.setDouble(5, datum.value());
                insert.setString(6, datum.unit());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new UserFacingException("Could not store " + data.size() + " metric data points in the workspace: " + e.getMessage(), e);
        }
    }

    /** Sorted keys (the datum keeps them sorted), compact: equal dimension sets give equal text. */
    static String dimensions(MetricDatum datum) {
        try {
            return SuiteJson.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(datum.dimensions());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
