package io.dataops.workbench.monitor.metric;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One statistic of one metric over {@code [from, to)}, aggregated into periods aligned to the epoch
 * (CloudWatch's GetMetricData semantics: a datapoint's timestamp is its period's start; periods with no
 * samples give no datapoint).
 */
public record MetricQuery(MetricId metric, Statistic statistic, Duration period, Instant from, Instant to) {

    public MetricQuery {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(statistic, "statistic");
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("The period must be positive");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The time range is empty: " + from + " is not before " + to);
        }
    }
}
