package io.dataops.workbench.monitor.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.UserFacingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudWatch dashboard body into a dashboard: metric widgets (time series, single value, stacked),
 * alarm-status widgets and text widgets. What the workbench does not show (metric math, log and explorer
 * widgets, per-metric labels) is left out and said so in the import's notes, one per widget and reason.
 */
final class CloudWatchBodyReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String dashboardName;
    private final List<String> notes = new ArrayList<>();
    private final List<Widget> placed = new ArrayList<>();
    private final List<Widget> unplaced = new ArrayList<>();
    private final Map<String, Integer> regionVotes = new LinkedHashMap<>();
    private final Map<Integer, String> widgetRegions = new LinkedHashMap<>();

    private CloudWatchBodyReader(String dashboardName) {
        this.dashboardName = dashboardName;
    }

    static DashboardImport read(String bodyJson, String dashboardName, String profile, String region,
                                String endpoint) {
        String name = dashboardName == null || dashboardName.isBlank() ? "CloudWatch dashboard" : dashboardName;
        CloudWatchBodyReader reader = new CloudWatchBodyReader(name);
        JsonNode widgets = reader.widgets(bodyJson);
        for (int i = 0; i < widgets.size(); i++) {
            reader.widget(i + 1, widgets.get(i));
        }
        String chosen = reader.region(region);
        reader.noteOtherRegions(chosen);
        Dashboard dashboard = new Dashboard(name, reader.placed,
                DashboardSource.cloudWatch(profile, chosen, endpoint));
        for (Widget widget : reader.unplaced) {
            dashboard = dashboard.adding(widget);
        }
        return new DashboardImport(dashboard, reader.notes);
    }

    private JsonNode widgets(String bodyJson) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bodyJson == null ? "" : bodyJson);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("The CloudWatch dashboard body of '" + dashboardName + "' is not valid JSON"
                    + " (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage()
                    + ". Export it again with `aws cloudwatch get-dashboard` or from the CloudWatch console's"
                    + " Actions > View/edit source.", e);
        }
        if (root == null || !root.isObject() || !root.path("widgets").isArray()) {
            throw new UserFacingException("The CloudWatch dashboard body of '" + dashboardName + "' has no \"widgets\""
                    + " array: a dashboard body is a JSON object such as {\"widgets\": [...]}.");
        }
        if (root.path("variables").isArray() && !root.path("variables").isEmpty()) {
            notes.add("dashboard variables (" + root.path("variables").size() + ") not kept: widgets show the values"
                    + " written in the body");
        }
        return root.path("widgets");
    }

    private void widget(int number, JsonNode node) {
        String type = node.path("type").asText("");
        JsonNode properties = node.path("properties");
        String title = properties.path("title").asText("");
        String where = "widget " + number + (title.isEmpty() ? "" : " (" + title + ")");
        switch (type) {
            case "metric" -> metricWidget(number, where, title, node, properties);
            case "alarm" -> alarmWidget(number, where, title, node, properties);
            case "text" -> place(node, new Widget("cw-" + number, WidgetType.TEXT, title, List.of(), List.of(),
                    Widget.AUTO, 0, 0, 1, 1, properties.path("markdown").asText("")));
            default -> notes.add(where + ": " + (type.isEmpty() ? "a widget without a type" : type + " widget")
                    + " skipped (the workbench shows metric, alarm and text widgets)");
        }
    }

    private void metricWidget(int number, String where, String title, JsonNode node, JsonNode properties) {
        JsonNode rows = properties.path("metrics");
        if (!rows.isArray() || rows.isEmpty()) {
            List<String> alarms = alarmNames(properties.path("annotations").path("alarms"));
            if (alarms.isEmpty()) {
                notes.add(where + ": skipped, it has no metrics");
            } else {
                notes.add(where + ": alarm graph shown as the alarm's status");
                place(node, new Widget("cw-" + number, WidgetType.ALARM_STATUS, title, List.of(), alarms,
                        Widget.AUTO, 0, 0, 1, 1));
            }
            return;
        }
        String region = properties.path("region").asText("");
        if (!region.isEmpty()) {
            regionVotes.merge(region, 1, Integer::sum);
            widgetRegions.put(number, region);
        }
        MetricRows.Result parsed = MetricRows.parse(rows, properties, where);
        notes.addAll(parsed.notes());
        if (parsed.metrics().isEmpty()) {
            notes.add(where + ": skipped, none of its metrics can be shown");
            return;
        }
        String view = properties.path("view").asText("timeSeries");
        WidgetType type;
        if (view.equals("singleValue")) {
            type = WidgetType.NUMBER;
        } else {
            type = properties.path("stacked").asBoolean(false) ? WidgetType.STACKED_AREA : WidgetType.LINE;
            if (!view.equals("timeSeries")) {
                notes.add(where + ": the " + view + " view is shown as a " + type.toString().toLowerCase());
            }
        }
        if (properties.path("annotations").path("horizontal").isArray()
                && !properties.path("annotations").path("horizontal").isEmpty()) {
            notes.add(where + ": horizontal annotations not shown (alarm thresholds are, from the alarms)");
        }
        Duration period = properties.path("period").canConvertToInt() && properties.path("period").asInt() > 0
                ? Duration.ofSeconds(properties.path("period").asInt()) : Widget.AUTO;
        place(node, new Widget("cw-" + number, type, title, parsed.metrics(), List.of(), period, 0, 0, 1, 1));
    }

    private void alarmWidget(int number, String where, String title, JsonNode node, JsonNode properties) {
        List<String> alarms = alarmNames(properties.path("alarms"));
        if (alarms.isEmpty()) {
            notes.add(where + ": skipped, it lists no alarms");
            return;
        }
        place(node, new Widget("cw-" + number, WidgetType.ALARM_STATUS, title, List.of(), alarms, Widget.AUTO,
                0, 0, 1, 1));
    }

    /** Alarm names from ARNs ({@code arn:aws:cloudwatch:region:account:alarm:name}); a bare name stays as it is. */
    static List<String> alarmNames(JsonNode arns) {
        List<String> names = new ArrayList<>();
        for (JsonNode arn : arns) {
            String text = arn.asText("");
            int at = text.indexOf(":alarm:");
            String name = at >= 0 ? text.substring(at + ":alarm:".length()) : text;
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Scales the widget's CloudWatch position; a widget without one goes to the first free place afterwards. */
    private void place(JsonNode node, Widget widget) {
        int[] columns = CloudWatchGrid.toOurs(node.path("x").asInt(0), node.path("width").asInt(6), Dashboard.COLUMNS);
        int[] rows = CloudWatchGrid.toOurs(node.path("y").asInt(0), node.path("height").asInt(6), 0);
        Widget sized = widget.sized(columns[1], rows[1]);
        if (node.has("x") && node.has("y")) {
            placed.add(sized.at(columns[0], rows[0]));
        } else {
            unplaced.add(sized);
        }
    }

    /** The region most metric widgets name; the given one when none does. */
    private String region(String given) {
        return regionVotes.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(Map.Entry::getKey).orElse(given);
    }

    private void noteOtherRegions(String chosen) {
        widgetRegions.forEach((number, region) -> {
            if (!region.equals(chosen)) {
                notes.add("widget " + number + ": its region " + region + " differs from the dashboard's " + chosen
                        + "; the workbench shows it from " + chosen);
            }
        });
    }
}
