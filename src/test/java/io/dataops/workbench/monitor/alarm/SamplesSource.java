package io.dataops.workbench.monitor.alarm;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A test MetricSource over raw samples of one metric, aggregating per period like CloudWatch (nearest-rank percentiles). */
final class SamplesSource implements MetricSource {

    private final MetricId metric;
    private final List<Datapoint> samples = new ArrayList<>();
    final List<MetricQuery> queries = new ArrayList<>();

    SamplesSource(MetricId metric) {
        this.metric = metric;
    }

    void add(Instant time, double value) {
        samples.add(new Datapoint(time, value));
    }

    @Override
    public String name() {
        return "samples";
    }

    @Override
    public List<MetricDescriptor> listMetrics(String namespace, TaskContext context) {
        return List.of(new MetricDescriptor(metric, "None"));
    }

    @Override
    public List<MetricSeries> query(List<MetricQuery> list, TaskContext context) {
        queries.addAll(list);
        return list.stream().map(this::answer).toList();
    }

    private MetricSeries answer(MetricQuery query) {
        if (!query.metric().equals(metric)) {
            return new MetricSeries(query, "None", List.of());
        }
        long period = query.period().getSeconds();
        Map<Long, List<Double>> byPeriod = new TreeMap<>();
        for (Datapoint sample : samples) {
            if (!sample.timestamp().isBefore(query.from()) && sample.timestamp().isBefore(query.to())) {
                long start = Math.floorDiv(sample.timestamp().getEpochSecond(), period) * period;
                byPeriod.computeIfAbsent(start, k -> new ArrayList<>()).add(sample.value());
            }
        }
        List<Datapoint> points = new ArrayList<>();
        byPeriod.forEach((start, values) -> points.add(new Datapoint(Instant.ofEpochSecond(start),
                aggregate(query.statistic(), values))));
        return new MetricSeries(query, "None", points);
    }

    private static double aggregate(Statistic statistic, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return switch (statistic.kind()) {
            case AVERAGE -> sorted.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            case SUM -> sorted.stream().mapToDouble(Double::doubleValue).sum();
            case MINIMUM -> sorted.get(0);
            case MAXIMUM -> sorted.get(sorted.size() - 1);
            case SAMPLE_COUNT -> sorted.size();
            case PERCENTILE -> sorted.get(Math.max(0,
                    (int) Math.ceil(statistic.percentile() / 100.0 * sorted.size()) - 1));
        };
    }
}
