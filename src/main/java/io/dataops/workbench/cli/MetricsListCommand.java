package io.dataops.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricListing;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.store.LocalMetricSource;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.workspace.Workspace;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dataops metrics list [--namespace N] [--format text|json] [--source cloudwatch ...]}: the series that
 * have data, in the workspace or in CloudWatch (ListMetrics, which reports no unit: {@code None}).
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the metrics the workspace (or CloudWatch, with --source cloudwatch) holds data for"
                + " (namespace, name, dimensions, unit).")
final class MetricsListCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--namespace", paramLabel = "N", description = "Only this namespace, e.g. Workbench/Host.")
    private String namespace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    private Format format;

    @Option(names = "--recently-active", description = "CloudWatch: only metrics with data in the last 3 hours"
            + " (ListMetrics' RecentlyActive=PT3H).")
    private boolean recentlyActive;

    @Mixin
    private MetricSourceOptions sourceOptions;

    /** ListMetrics itself, every page, no workspace: a CLI listing is always current. */
    private List<MetricDescriptor> cloudWatch() {
        CloudWatchConnection connection = sourceOptions.connection();
        try (CloudWatchClients clients = CloudWatchClients.standard()) {
            return new CloudWatchMetricListing(clients.client(connection), connection, recentlyActive)
                    .list(namespace, TaskContext.none());
        }
    }

    @Override
    public Integer call() {
        List<MetricDescriptor> metrics;
        if (sourceOptions.cloudWatch()) {
            metrics = cloudWatch();
        } else {
            if (recentlyActive) {
                throw new UserFacingException("--recently-active is for --source cloudwatch (ListMetrics' filter of"
                        + " metrics with data in the last 3 hours).");
            }
            try (Workspace workspace = DataOpsCommand.of(spec).openWorkspace()) {
                metrics = new LocalMetricSource(new LocalMetricStore(workspace::connect)).listMetrics(namespace, TaskContext.none());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(metrics) + System.lineSeparator() : text(metrics));
        out.flush();
        return ExitCode.OK;
    }

    static String text(List<MetricDescriptor> metrics) {
        if (metrics.isEmpty()) {
            return "No metrics." + System.lineSeparator();
        }
        StringBuilder text = new StringBuilder(String.format("%-24s %-28s %-10s %s%n", "NAMESPACE", "METRIC", "UNIT", "DIMENSIONS"));
        for (MetricDescriptor metric : metrics) {
            String dimensions = metric.id().dimensions().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
            text.append(String.format("%-24s %-28s %-10s %s%n", metric.id().namespace(), metric.id().name(), metric.unit(), dimensions));
        }
        return text.toString();
    }

    private static Map<String, String> dimension(Map.Entry<String, String> entry) {
        Map<String, String> dimension = new LinkedHashMap<>();
        dimension.put("Name", entry.getKey());
        dimension.put("Value", entry.getValue());
        return dimension;
    }

    /** CloudWatch ListMetrics' shape (Metrics, Namespace, MetricName, Dimensions as Name/Value), plus Unit. */
    static String json(List<MetricDescriptor> metrics) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (MetricDescriptor metric : metrics) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("Namespace", metric.id().namespace());
            entry.put("MetricName", metric.id().name());
            entry.put("Dimensions", metric.id().dimensions().entrySet().stream()
                    .map(MetricsListCommand::dimension).toList());
            entry.put("Unit", metric.unit());
            list.add(entry);
        }
        try {
            return new ObjectMapper().writeValueAsString(Map.of("Metrics", list));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
