package io.dataops.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.store.LocalMetricSource;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.workspace.Workspace;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dataops metrics query}: one statistic of one metric per period, with GetMetricData's semantics. The CSV
 * form ({@code timestamp,value}) is what {@code dataops alarm evaluate --datapoints} reads.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Aggregate one metric into periods aligned to the epoch (a datapoint's timestamp is its period's",
                "start; periods without samples give none). Percentiles use the nearest-rank method on raw samples.",
                "With --source cloudwatch: GetMetricData; a period CloudWatch does not keep for the range is rounded up",
                "(5 minutes past 15 days, 1 hour past 63 days), with a note on stderr."})
final class MetricsQueryCommand implements Callable<Integer> {

    enum Format { json, csv }

    @Spec
    private CommandSpec spec;

    @Option(names = "--namespace", paramLabel = "N", description = "e.g. Workbench/Host (required unless --expression)")
    private String namespace;

    @Option(names = "--metric", paramLabel = "M", description = "e.g. CPUUtilization (required unless --expression)")
    private String metric;

    @Option(names = "--expression", paramLabel = "EXPR",
            description = "CloudWatch only, instead of --namespace/--metric/--stat: a SEARCH(...) expression, metric"
                    + " math over it, or a Metrics Insights SELECT query (last 3 hours; --period applies to it).")
    private String expression;

    @Option(names = "--dimension", paramLabel = "K=V", description = "A dimension of the series; repeat for each.")
    private List<String> dimensions = new ArrayList<>();

    @Option(names = "--stat", paramLabel = "S",
            description = "Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p99 (required unless --expression).")
    private String stat;

    @Option(names = "--period", required = true, paramLabel = "P", description = "Seconds (60) or 10s, 5m, 1h, 1d.")
    private String period;

    @Option(names = "--from", required = true, paramLabel = "T",
            description = "Start: ISO-8601 instant (2026-03-01T10:00:00Z), now, or relative (-3h, -15m, -7d).")
    private String from;

    @Option(names = "--to", defaultValue = "now", paramLabel = "T", description = "End (exclusive), same forms; default now.")
    private String to;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default) or csv.")
    private Format format;

    @Mixin
    private MetricSourceOptions sourceOptions;

    @Override
    public Integer call() {
        Instant now = Instant.now();
        boolean cloudWatch = sourceOptions.cloudWatch();
        if (expression != null) {
            boolean metricOptions = namespace != null || metric != null || stat != null || !dimensions.isEmpty();
            return CloudWatchQueryOutput.expression(spec, sourceOptions, cloudWatch, expression, metricOptions,
                    MetricArguments.period(period), start(now), end(now), now, format == Format.csv);
        }
        MetricQuery query = query(now);
        MetricSeries series;
        if (cloudWatch) {
            series = CloudWatchQueryOutput.query(spec, sourceOptions, query, now);
        } else {
            try (Workspace workspace = DataOpsCommand.of(spec).openWorkspace()) {
                series = new LocalMetricSource(new LocalMetricStore(workspace::connect))
                        .query(List.of(query), TaskContext.none()).get(0);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.csv ? csv(series) : json(series) + System.lineSeparator());
        out.flush();
        return ExitCode.OK;
    }

    private MetricQuery query(Instant now) {
        List<String> missing = new ArrayList<>();
        if (namespace == null) {
            missing.add("'--namespace=N'");
        }
        if (metric == null) {
            missing.add("'--metric=M'");
        }
        if (stat == null) {
            missing.add("'--stat=S'");
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option" + (missing.size() > 1 ? "s" : "")
                    + ": " + String.join(", ", missing) + " (or --expression with --source cloudwatch)");
        }
        MetricId id = MetricId.of(namespace, metric, MetricArguments.dimensions(dimensions));
        Duration length = MetricArguments.period(period);
        return new MetricQuery(id, MetricArguments.statistic(stat), length, start(now), end(now));
    }

    private Instant start(Instant now) {
        Instant start = MetricArguments.time("--from", from, now);
        Instant end = end(now);
        if (!start.isBefore(end)) {
            throw new UserFacingException("The time range is empty: --from " + start + " is not before --to " + end + ".");
        }
        return start;
    }

    private Instant end(Instant now) {
        return MetricArguments.time("--to", to, now);
    }

    static String csv(MetricSeries series) {
        StringBuilder csv = new StringBuilder("timestamp,value").append(System.lineSeparator());
        for (Datapoint point : series.datapoints()) {
            csv.append(point.timestamp()).append(',').append(number(point.value())).append(System.lineSeparator());
        }
        return csv.toString();
    }

    static String json(MetricSeries series) {
        MetricQuery query = series.query();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("namespace", query.metric().namespace());
        fields.put("metric", query.metric().name());
        fields.put("dimensions", query.metric().dimensions());
        fields.put("stat", query.statistic().toString());
        long millis = query.period().toMillis();
        fields.put("period", millis % 1000 == 0 ? (Object) (millis / 1000) : (Object) (millis / 1000.0));
        fields.put("from", query.from().toString());
        fields.put("to", query.to().toString());
        fields.put("unit", series.unit());
        List<Map<String, Object>> points = new ArrayList<>();
        for (Datapoint point : series.datapoints()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("timestamp", point.timestamp().toString());
            entry.put("value", point.value());
            points.add(entry);
        }
        fields.put("datapoints", points);
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole numbers without a trailing .0, others as Java prints doubles (shortest exact form). */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
