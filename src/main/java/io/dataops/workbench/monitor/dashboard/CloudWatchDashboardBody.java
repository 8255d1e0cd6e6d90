package io.dataops.workbench.monitor.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * A dashboard as CloudWatch's dashboard body JSON (the {@code dashboard_body} of Terraform's
 * {@code aws_cloudwatch_dashboard}): metric widgets with {@code properties.metrics} arrays of
 * {@code [namespace, name, dimName, dimValue, ..., {"stat": s}]}, alarm-status widgets of type
 * {@code alarm}, text widgets with their Markdown, and positions on CloudWatch's 24-column grid (ours has {@value Dashboard#COLUMNS}: every
 * coordinate and size is scaled by the same factor so proportions stay).
 */
public final class CloudWatchDashboardBody {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudWatchDashboardBody() {
    }

    /**
     * @param region   the region metric widgets query, such as {@code eu-west-1}
     * @param alarmArn maps an alarm name to the ARN an alarm widget needs (Terraform can pass an interpolation)
     */
    public static String of(Dashboard dashboard, String region, UnaryOperator<String> alarmArn) {
        int scale = CloudWatchGrid.SCALE;
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode widgets = root.putArray("widgets");
        for (Widget widget : dashboard.widgets()) {
            ObjectNode node = widgets.addObject();
            node.put("type", switch (widget.type()) {
                case ALARM_STATUS -> "alarm";
                case TEXT -> "text";
                default -> "metric";
            });
            node.put("x", widget.x() * scale);
            node.put("y", widget.y() * scale);
            node.put("width", widget.width() * scale);
            node.put("height", widget.height() * scale);
            ObjectNode properties = node.putObject("properties");
            if (widget.type() == WidgetType.TEXT) {
                properties.put("markdown", widget.markdown());
                continue;
            }
            if (widget.type() == WidgetType.ALARM_STATUS) {
                ArrayNode alarms = properties.putArray("alarms");
                widget.alarms().forEach(name -> alarms.add(alarmArn.apply(name)));
                properties.put("title", widget.title());
                continue;
            }
            ArrayNode metrics = properties.putArray("metrics");
            for (WidgetMetric metric : widget.metrics()) {
                ArrayNode row = metrics.addArray();
                row.add(metric.metric().namespace());
                row.add(metric.metric().name());
                metric.metric().dimensions().forEach((key, value) -> {
                    row.add(key);
                    row.add(value);
                });
                row.addObject().put("stat", metric.statistic().toString());
            }
            properties.put("view", widget.type() == WidgetType.NUMBER ? "singleValue" : "timeSeries");
            if (widget.type() == WidgetType.STACKED_AREA) {
                properties.put("stacked", true);
            } else if (widget.type() == WidgetType.LINE) {
                properties.put("stacked", false);
            }
            properties.put("region", region);
            properties.put("title", widget.title());
            if (!widget.autoPeriod()) {
                properties.put("period", widget.period().toSeconds());
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dashboard body always serialises", e);
        }
    }

    /**
     * Reads a body (what GetDashboard returns) as a dashboard named {@code dashboardName} on CloudWatch with
     * this profile and endpoint, in the region most of its metric widgets name ({@code region} when none
     * does); what cannot be shown is listed in the import's notes.
     */
    public static DashboardImport read(String bodyJson, String dashboardName, String profile, String region,
                                       String endpoint) {
        return CloudWatchBodyReader.read(bodyJson, dashboardName, profile, region, endpoint);
    }
}
