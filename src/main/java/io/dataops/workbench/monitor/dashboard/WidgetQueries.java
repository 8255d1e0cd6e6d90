package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries that fill a widget. A metric given without dimensions that the source only has with
 * dimensions (the data-quality success ratio is kept per suite and asset) stands for each of those series,
 * the way a CloudWatch search expression would.
 */
public final class WidgetQueries {

    private WidgetQueries() {
    }

    /** One query per series; {@code known} is what the source lists (may be empty: then no expansion). */
    public static List<MetricQuery> of(Widget widget, List<MetricDescriptor> known, Instant from, Instant to,
                                       Duration period) {
        List<MetricQuery> queries = new ArrayList<>();
        for (WidgetMetric metric : widget.metrics()) {
            for (MetricId id : expand(metric.metric(), known)) {
                queries.add(new MetricQuery(id, metric.statistic(), period, from, to));
            }
        }
        return queries;
    }

    static List<MetricId> expand(MetricId metric, List<MetricDescriptor> known) {
        if (!metric.dimensions().isEmpty()) {
            return List.of(metric);
        }
        List<MetricId> withDimensions = new ArrayList<>();
        for (MetricDescriptor descriptor : known) {
            MetricId id = descriptor.id();
            if (id.equals(metric)) {
                return List.of(metric);
            }
            if (id.namespace().equals(metric.namespace()) && id.name().equals(metric.name())) {
                withDimensions.add(id);
            }
        }
        return withDimensions.isEmpty() ? List.of(metric) : withDimensions;
    }

    /** The start of the period holding {@code instant}: periods are aligned to the epoch. */
    public static Instant periodStart(Instant instant, Duration period) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), millis) * millis);
    }
}
