package io.dataops.workbench.monitor.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code properties.metrics} rows of a CloudWatch metric widget:
 * {@code [namespace, name, dimName, dimValue, ..., {rendering}]}. A {@code "."} repeats the value at the same
 * position of the previous row and {@code ".."}/{@code "..."} repeats the previous row's leading values so
 * that the values after it end the row (the console's shorthand). The rendering object's {@code stat}
 * overrides the widget's; math expressions, hidden rows, labels and per-row periods are noted, not kept.
 */
final class MetricRows {

    record Result(List<WidgetMetric> metrics, List<String> notes) {
    }

    private MetricRows() {
    }

    static Result parse(JsonNode rows, JsonNode properties, String where) {
        List<WidgetMetric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String defaultStat = properties.path("stat").asText("Average");
        JsonNode widgetPeriod = properties.path("period");
        List<String> previous = List.of();
        int labels = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String rowWhere = where + ", metric " + (i + 1);
            if (!row.isArray()) {
                notes.add(rowWhere + ": skipped, not an array");
                continue;
            }
            JsonNode rendering = row.size() > 0 && row.get(row.size() - 1).isObject() ? row.get(row.size() - 1) : null;
            if (rendering != null && rendering.has("expression")) {
                notes.add(where + ": metric math expression " + rendering.path("expression").asText()
                        + " skipped" + (rendering.has("label") ? " (" + rendering.path("label").asText() + ")" : ""));
                continue;
            }
            List<String> values = expand(row, previous);
            previous = values;
            if (values.size() < 2 || values.size() % 2 != 0) {
                notes.add(rowWhere + ": skipped, it is not [namespace, name, dimension, value, ...]: " + values);
                continue;
            }
            if (rendering != null && !rendering.path("visible").asBoolean(true)) {
                notes.add(rowWhere + " (" + values.get(1) + "): hidden on CloudWatch, left out");
                continue;
            }
            String statText = rendering != null && rendering.has("stat") ? rendering.path("stat").asText() : defaultStat;
            Statistic statistic;
            try {
                statistic = Statistic.parse(statText);
            } catch (IllegalArgumentException e) {
                notes.add(rowWhere + " (" + values.get(1) + "): statistic " + statText + " is not supported, skipped");
                continue;
            }
            Map<String, String> dimensions = new TreeMap<>();
            for (int d = 2; d + 1 < values.size(); d += 2) {
                dimensions.put(values.get(d), values.get(d + 1));
            }
            metrics.add(new WidgetMetric(MetricId.of(values.get(0), values.get(1), dimensions), statistic));
            if (rendering != null) {
                if (rendering.has("label")) {
                    labels++;
                }
                String rowRegion = rendering.path("region").asText("");
                if (!rowRegion.isEmpty() && !rowRegion.equals(properties.path("region").asText(""))) {
                    notes.add(rowWhere + " (" + values.get(1) + "): its own region " + rowRegion
                            + " is not kept; the dashboard's region applies");
                }
                if (rendering.has("period") && !rendering.path("period").equals(widgetPeriod)) {
                    notes.add(rowWhere + " (" + values.get(1) + "): its own period of "
                            + rendering.path("period").asText() + " s is not kept; the widget's period applies");
                }
            }
        }
        if (labels > 0) {
            notes.add(where + ": " + labels + (labels == 1 ? " metric label" : " metric labels")
                    + " not kept (the legend names the metric and statistic)");
        }
        return new Result(metrics, notes);
    }

    /** The row's string values with the shorthand resolved against the previous row's values. */
    static List<String> expand(JsonNode row, List<String> previous) {
        List<String> given = new ArrayList<>();
        for (JsonNode value : row) {
            if (!value.isObject()) {
                given.add(value.asText());
            }
        }
        int ellipsis = given.indexOf("...");
        if (ellipsis < 0) {
            ellipsis = given.indexOf("..");
        }
        List<String> values = new ArrayList<>();
        if (ellipsis >= 0) {
            List<String> before = given.subList(0, ellipsis);
            List<String> after = given.subList(ellipsis + 1, given.size());
            int keep = Math.max(before.size(), previous.size() - after.size());
            for (int i = 0; i < keep; i++) {
                values.add(i < before.size() ? before.get(i) : previous.get(i));
            }
            values.addAll(after);
        } else {
            values.addAll(given);
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(".") && i < previous.size()) {
                values.set(i, previous.get(i));
            }
        }
        return values;
    }
}
