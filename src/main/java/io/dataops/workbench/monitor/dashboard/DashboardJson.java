package io.dataops.workbench.monitor.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dashboard as JSON: the form kept in the workspace and in {@code .dashboard.json} files. Periods are in
 * seconds, {@code "auto"} for automatic. Reading names the widget and the field that is wrong.
 */
public final class DashboardJson {

    /** Bumped when the format changes incompatibly; files with a higher version are refused. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DashboardJson() {
    }

    public static String write(Dashboard dashboard) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", dashboard.name());
        root.put("columns", Dashboard.COLUMNS);
        DashboardSource source = dashboard.source();
        if (source.isCloudWatch()) {
            ObjectNode s = root.putObject("source");
            s.put("kind", "cloudwatch");
            source.profile().ifPresent(p -> s.put("profile", p));
            source.region().ifPresent(r -> s.put("region", r));
            source.endpoint().ifPresent(e -> s.put("endpoint", e));
        }
        ArrayNode widgets = root.putArray("widgets");
        for (Widget widget : dashboard.widgets()) {
            ObjectNode node = widgets.addObject();
            node.put("id", widget.id());
            node.put("type", widget.type().jsonName());
            node.put("title", widget.title());
            if (widget.autoPeriod()) {
                node.put("period", "auto");
            } else {
                node.put("period", widget.period().toSeconds());
            }
            node.put("x", widget.x());
            node.put("y", widget.y());
            node.put("width", widget.width());
            node.put("height", widget.height());
            ArrayNode metrics = node.putArray("metrics");
            for (WidgetMetric metric : widget.metrics()) {
                ObjectNode m = metrics.addObject();
                m.put("namespace", metric.metric().namespace());
                m.put("name", metric.metric().name());
                ObjectNode dimensions = m.putObject("dimensions");
                metric.metric().dimensions().forEach(dimensions::put);
                m.put("statistic", metric.statistic().toString());
            }
            ArrayNode alarms = node.putArray("alarms");
            widget.alarms().forEach(alarms::add);
            if (!widget.markdown().isEmpty()) {
                node.put("markdown", widget.markdown());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dashboard always serialises", e);
        }
    }

    /** Reads a dashboard; {@code where} names the source (a file name) in error messages. */
    public static Dashboard read(String json, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(where + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage() + ". Save a dashboard from the Monitoring area to see the format.");
        }
        if (root == null || !root.isObject()) {
            throw new UserFacingException(where + " does not hold a dashboard: expected a JSON object with"
                    + " \"name\" and \"widgets\".");
        }
        int version = root.path("formatVersion").asInt(1);
        if (version > FORMAT_VERSION) {
            throw new UserFacingException(where + " was written by a newer DataOps Workbench (dashboard format "
                    + version + "); update the workbench to open it.");
        }
        int columns = root.path("columns").asInt(Dashboard.COLUMNS);
        if (columns != Dashboard.COLUMNS) {
            throw new UserFacingException(where + " uses a grid of " + columns + " columns; dashboards here have "
                    + Dashboard.COLUMNS + ".");
        }
        String name = text(root, "name", where);
        List<Widget> widgets = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("widgets")) {
            index++;
            String place = where + ", widget " + index + " (" + node.path("title").asText("untitled") + ")";
            try {
                widgets.add(widget(node, place));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(place + ": " + e.getMessage(), e);
            }
        }
        return new Dashboard(name, widgets, source(root.path("source"), where));
    }

    private static DashboardSource source(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return DashboardSource.LOCAL;
        }
        String kind = node.path("kind").asText("local");
        if (kind.equals("local")) {
            return DashboardSource.LOCAL;
        }
        if (!kind.equals("cloudwatch")) {
            throw new UserFacingException(where + ": unknown \"source\" kind '" + kind + "': use local or cloudwatch.");
        }
        return DashboardSource.cloudWatch(node.path("profile").asText(null), node.path("region").asText(null),
                node.path("endpoint").asText(null));
    }

    public static Dashboard readFile(Path file) {
        try {
            return read(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UserFacingException("Could not read the dashboard file " + file + ": " + e.getMessage(), e);
        }
    }

    public static void writeFile(Dashboard dashboard, Path file) {
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".dashboard", ".tmp");
            Files.writeString(temp, write(dashboard));
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("Could not save the dashboard to " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable.", e);
        }
    }

    private static Widget widget(JsonNode node, String place) {
        WidgetType type = WidgetType.fromJson(text(node, "type", place));
        List<WidgetMetric> metrics = new ArrayList<>();
        for (JsonNode m : node.path("metrics")) {
            Map<String, String> dimensions = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = m.path("dimensions").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                dimensions.put(field.getKey(), field.getValue().asText());
            }
            MetricId id = MetricId.of(text(m, "namespace", place), text(m, "name", place), dimensions);
            metrics.add(new WidgetMetric(id, Statistic.parse(m.path("statistic").asText("Average"))));
        }
        List<String> alarms = new ArrayList<>();
        node.path("alarms").forEach(a -> alarms.add(a.asText()));
        JsonNode period = node.path("period");
        Duration duration = period.isMissingNode() || "auto".equals(period.asText())
                ? Widget.AUTO : Duration.ofSeconds(period.asLong(-1));
        if (duration.isNegative()) {
            throw new IllegalArgumentException("\"period\" must be a number of seconds or \"auto\", not " + period);
        }
        return new Widget(node.path("id").asText(java.util.UUID.randomUUID().toString()), type,
                node.path("title").asText(""), metrics, alarms, duration, node.path("x").asInt(0),
                node.path("y").asInt(0), node.path("width").asInt(6), node.path("height").asInt(4),
                node.path("markdown").asText(""));
    }

    private static String text(JsonNode node, String field, String place) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new UserFacingException(place + ": the field \"" + field + "\" is missing or empty.");
        }
        return value.asText();
    }
}
