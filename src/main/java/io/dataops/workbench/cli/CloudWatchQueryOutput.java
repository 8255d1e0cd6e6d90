package io.dataops.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchData;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricData;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricSource;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchQuery.ExpressionQuery;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchSeries;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchSeriesCache;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchUsage;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dataops metrics query --source cloudwatch}: one GetMetricData call (and its NextToken pages) through
 * the same source the dashboards use, or an expression passed through. What CloudWatch could not fully
 * answer, and periods rounded up, are told on stderr as notes; the output stays what the local source prints.
 */
final class CloudWatchQueryOutput {

    private CloudWatchQueryOutput() {
    }

    static MetricSeries query(CommandSpec spec, MetricSourceOptions options, MetricQuery query, Instant now) {
        CloudWatchConnection connection = options.connection();
        try (CloudWatchClients clients = CloudWatchClients.standard()) {
            CloudWatchMetricSource source = new CloudWatchMetricSource(connection, clients.client(connection),
                    (namespace, context) -> List.of(), Clock.fixed(now, ZoneOffset.UTC), new CloudWatchSeriesCache(1),
                    new CloudWatchUsage());
            MetricSeries series = source.query(List.of(query), TaskContext.none()).get(0);
            notes(spec, source.lastFetchNotes());
            return series;
        }
    }

    static int expression(CommandSpec spec, MetricSourceOptions options, boolean cloudWatch, String expression,
                          boolean metricOptions, Duration period, Instant from, Instant to, Instant now,
                          boolean csv) {
        if (!cloudWatch) {
            throw new UserFacingException("--expression is for --source cloudwatch (metric math, SEARCH and Metrics"
                    + " Insights run in CloudWatch); the local source takes --namespace, --metric and --stat.");
        }
        if (metricOptions) {
            throw new UserFacingException("Give either --expression or --namespace with --metric (and --stat,"
                    + " --dimension), not both: the expression names its metrics and statistic itself"
                    + " (SEARCH('{AWS/EC2,InstanceId} CPUUtilization', 'Average', 300)).");
        }
        ExpressionQuery probe = ExpressionQuery.of("e1", expression);
        ExpressionQuery query = new ExpressionQuery("e1", expression, Optional.empty(),
                probe.insights() ? Optional.of(period) : Optional.empty(), true);
        CloudWatchConnection connection = options.connection();
        CloudWatchData data;
        try (CloudWatchClients clients = CloudWatchClients.standard()) {
            data = new CloudWatchMetricData(connection, clients.client(connection), new CloudWatchUsage(),
                    Clock.fixed(now, ZoneOffset.UTC)).fetch(List.of(query), from, to, TaskContext.none());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(csv ? csv(data) : json(expression, from, to, data) + System.lineSeparator());
        out.flush();
        notes(spec, data.notes());
        return ExitCode.OK;
    }

    private static void notes(CommandSpec spec, List<String> notes) {
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(note -> err.println("Note: " + note));
        err.flush();
    }

    /** {@code label,timestamp,value}: an expression may answer several series. */
    private static String csv(CloudWatchData data) {
        StringBuilder csv = new StringBuilder("label,timestamp,value").append(System.lineSeparator());
        for (CloudWatchSeries series : data.series()) {
            for (Datapoint point : series.datapoints()) {
                csv.append(quoted(series.label())).append(',').append(point.timestamp()).append(',')
                        .append(MetricsQueryCommand.number(point.value())).append(System.lineSeparator());
            }
        }
        return csv.toString();
    }

    private static String json(String expression, Instant from, Instant to, CloudWatchData data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("expression", expression);
        fields.put("from", from.toString());
        fields.put("to", to.toString());
        List<Map<String, Object>> all = new ArrayList<>();
        for (CloudWatchSeries series : data.series()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", series.label());
            entry.put("status", series.status());
            List<Map<String, Object>> points = new ArrayList<>();
            for (Datapoint point : series.datapoints()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("timestamp", point.timestamp().toString());
                p.put("value", point.value());
                points.add(p);
            }
            entry.put("datapoints", points);
            all.add(entry);
        }
        fields.put("series", all);
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
