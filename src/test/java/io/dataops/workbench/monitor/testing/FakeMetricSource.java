package io.dataops.workbench.monitor.testing;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * An in-memory source: each metric is a function of time (epoch seconds), with a datapoint in every period
 * that has started before "now", so data grows as the clock moves. Records the queries it answered.
 */
public final class FakeMetricSource implements MetricSource {

    private final Map<MetricId, DoubleUnaryOperator> metrics = new LinkedHashMap<>();
    private final Supplier<Instant> now;
    private final List<MetricQuery> answered = new CopyOnWriteArrayList<>();

    public FakeMetricSource(Supplier<Instant> now) {
        this.now = now;
    }

    public FakeMetricSource with(MetricId metric, DoubleUnaryOperator valueAtSecond) {
        metrics.put(metric, valueAtSecond);
        return this;
    }

    public List<MetricQuery> answered() {
        return List.copyOf(answered);
    }

    public void forget() {
        answered.clear();
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public List<MetricDescriptor> listMetrics(String namespace, TaskContext context) {
        return metrics.keySet().stream().filter(id -> namespace == null || id.namespace().equals(namespace))
                .map(id -> new MetricDescriptor(id, "Percent")).toList();
    }

    @Override
    public List<MetricSeries> query(List<MetricQuery> queries, TaskContext context) {
        List<MetricSeries> result = new ArrayList<>();
        Instant limit = now.get();
        for (MetricQuery query : queries) {
            answered.add(query);
            DoubleUnaryOperator function = metrics.get(query.metric());
            List<Datapoint> points = new ArrayList<>();
            if (function != null) {
                long period = query.period().toMillis();
                long start = Math.floorDiv(query.from().toEpochMilli() + period - 1, period) * period;
                for (long t = start; t < query.to().toEpochMilli() && t <= limit.toEpochMilli(); t += period) {
                    points.add(new Datapoint(Instant.ofEpochMilli(t), function.applyAsDouble(t / 1000.0)));
                }
            }
            result.add(new MetricSeries(query, "Percent", points));
        }
        return result;
    }
}
