package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.JdbcCancel;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.Statistic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers one query with GetMetricData's semantics: periods aligned to the epoch, a datapoint's timestamp is its
 * period's start, periods without samples give no datapoint. The range is widened to whole periods (the first
 * period holding {@code from} to the one holding the last instant before {@code to}), so every resolution gives
 * the same answer. Percentiles and periods that are not whole minutes read raw samples; whole minutes read the
 * 1-minute roll-up, whole hours the 1-hour roll-up (so older ranges keep answering after raw samples expire).
 */
final class StoreQuery {

    private final MetricQuery query;
    private final long period;
    private final long start;
    private final long end;

    StoreQuery(MetricQuery query) {
        this.query = query;
        this.period = query.period().toMillis();
        if (period <= 0) {
            throw new IllegalArgumentException("The period must be at least one millisecond, not " + query.period());
        }
        this.start = Math.floorDiv(query.from().toEpochMilli(), period) * period;
        this.end = Math.floorDiv(query.to().toEpochMilli() - 1, period) * period + period;
    }

    MetricSeries run(Connection connection, long seriesId, String unit, TaskContext context) throws SQLException {
        Statistic statistic = query.statistic();
        Resolution rollup = statistic.isPercentile() || period % Resolution.MINUTE.millis != 0 ? null
                : period % Resolution.HOUR.millis == 0 ? Resolution.HOUR : Resolution.MINUTE;
        Map<Long, PeriodValues> periods = rollup == null ? readRaw(connection, seriesId, context)
                : readRollup(connection, seriesId, rollup, context);
        List<Datapoint> datapoints = new ArrayList<>(periods.size());
        for (Map.Entry<Long, PeriodValues> entry : periods.entrySet()) {
            datapoints.add(new Datapoint(Instant.ofEpochMilli(entry.getKey()), entry.getValue().value(statistic)));
        }
        return new MetricSeries(query, unit, datapoints);
    }

    private Map<Long, PeriodValues> readRaw(Connection connection, long seriesId, TaskContext context) throws SQLException {
        boolean keepValues = query.statistic().isPercentile();
        Map<Long, PeriodValues> periods = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ts_ms, metric_value FROM metric_sample"
                + " WHERE series_id = ? AND ts_ms >= ? AND ts_ms < ?");
             TaskContext.Registration cancel = JdbcCancel.cancelOnCancel(select, context)) {
            bindRange(select, seriesId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long periodStart = Math.floorDiv(rows.getLong(1), period) * period;
                    periods.computeIfAbsent(periodStart, p -> new PeriodValues(keepValues)).add(rows.getDouble(2));
                }
            }
        }
        return periods;
    }

    private Map<Long, PeriodValues> readRollup(Connection connection, long seriesId, Resolution rollup,
                                               TaskContext context) throws SQLException {
        Map<Long, PeriodValues> periods = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT bucket_ms, sample_count, value_sum, value_min,"
                + " value_max FROM " + rollup.table + " WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms < ?");
             TaskContext.Registration cancel = JdbcCancel.cancelOnCancel(select, context)) {
            bindRange(select, seriesId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long periodStart = Math.floorDiv(rows.getLong(1), period) * period;
                    periods.computeIfAbsent(periodStart, p -> new PeriodValues(false))
                            .addBucket(rows.getLong(2), rows.getDouble(3), rows.getDouble(4), rows.getDouble(5));
                }
            }
        }
        return periods;
    }

    private void bindRange(PreparedStatement select, long seriesId) throws SQLException {
        select.setLong(1, seriesId);
        select.setLong(2, start);
        select.setLong(3, end);
    }
}
