package io.dataops.workbench.monitor.export;

import static io.dataops.workbench.hcl.HclStrings.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.hcl.HclStrings;
import io.dataops.workbench.hcl.format.FormatResult;
import io.dataops.workbench.hcl.format.Formatter;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmValidation;
import io.dataops.workbench.monitor.alarm.Dimension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "As code": an alarm as an {@code aws_cloudwatch_metric_alarm} resource and a dashboard as an
 * {@code aws_cloudwatch_dashboard} resource (AWS provider argument names), run through our formatter so the
 * text is exactly what {@code terraform fmt} would leave.
 */
public final class TerraformExport {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern DASHBOARD_NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TerraformExport() {
    }

    public static String alarm(AlarmDefinition alarm) {
        AlarmValidation.requireValid(alarm, "alarm '" + alarm.alarmName() + "'");
        StringBuilder hcl = new StringBuilder();
        hcl.append("resource \"aws_cloudwatch_metric_alarm\" ").append(quote(resourceName(alarm.alarmName())))
                .append(" {\n");
        attribute(hcl, "alarm_name", quote(alarm.alarmName()));
        if (alarm.alarmDescription() != null) {
            attribute(hcl, "alarm_description", quote(alarm.alarmDescription()));
        }
        attribute(hcl, "namespace", quote(alarm.namespace()));
        attribute(hcl, "metric_name", quote(alarm.metricName()));
        if (alarm.extendedStatistic() != null) {
            attribute(hcl, "extended_statistic", quote(alarm.extendedStatistic()));
        } else {
            attribute(hcl, "statistic", quote(alarm.statistic()));
        }
        attribute(hcl, "period", Integer.toString(alarm.period()));
        attribute(hcl, "evaluation_periods", Integer.toString(alarm.evaluationPeriodCount()));
        attribute(hcl, "datapoints_to_alarm", Integer.toString(alarm.datapointsToAlarmCount()));
        attribute(hcl, "threshold", number(alarm.threshold()));
        attribute(hcl, "comparison_operator", quote(alarm.comparisonOperator().text()));
        attribute(hcl, "treat_missing_data", quote(alarm.missingData().text()));
        if (alarm.unit() != null) {
            attribute(hcl, "unit", quote(alarm.unit()));
        }
        if (alarm.evaluateLowSampleCountPercentile() != null) {
            attribute(hcl, "evaluate_low_sample_count_percentiles", quote(alarm.evaluateLowSampleCountPercentile()));
        }
        if (alarm.actionsEnabled() != null) {
            attribute(hcl, "actions_enabled", alarm.actionsEnabled().toString());
        }
        list(hcl, "alarm_actions", alarm.alarmActions());
        list(hcl, "ok_actions", alarm.okActions());
        list(hcl, "insufficient_data_actions", alarm.insufficientDataActions());
        if (!alarm.dimensions().isEmpty()) {
            hcl.append("\n  dimensions = {\n");
            for (Dimension dimension : alarm.dimensions()) {
                hcl.append("    ").append(key(dimension.name())).append(" = ").append(quote(dimension.value()))
                        .append('\n');
            }
            hcl.append("  }\n");
        }
        hcl.append("}\n");
        return format(hcl.toString());
    }

    /**
     * A dashboard from its CloudWatch dashboard body JSON ({@code {"widgets":[...]}}), kept as a heredoc so the
     * body stays the JSON PutDashboard takes.
     */
    public static String dashboard(String dashboardName, String dashboardBodyJson) {
        if (dashboardName == null || !DASHBOARD_NAME.matcher(dashboardName).matches()) {
            throw new UserFacingException("Dashboard name '" + dashboardName + "' cannot be exported: CloudWatch"
                    + " dashboard names are 1-255 letters, digits, '-' and '_'.");
        }
        JsonNode body;
        try {
            body = JSON.readTree(dashboardBodyJson);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("The dashboard body of '" + dashboardName + "' is not JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (body == null || !body.isObject() || !body.path("widgets").isArray()) {
            throw new UserFacingException("The dashboard body of '" + dashboardName
                    + "' must be a JSON object with a \"widgets\" array (CloudWatch's dashboard body).");
        }
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // Inside a heredoc only template sequences are special.
        String heredoc = text.replace("${", "$${").replace("%{", "%%{");
        String hcl = "resource \"aws_cloudwatch_dashboard\" " + quote(resourceName(dashboardName)) + " {\n"
                + "  dashboard_name = " + quote(dashboardName) + "\n"
                + "  dashboard_body = <<-EOT\n" + indent(heredoc) + "\n  EOT\n"
                + "}\n";
        return format(hcl);
    }

    /** A Terraform resource name from a free-form name: lower case, other characters as '_'. */
    static String resourceName(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
            cleaned = "_" + cleaned;
        }
        return cleaned;
    }

    private static void attribute(StringBuilder hcl, String name, String value) {
        hcl.append("  ").append(name).append(" = ").append(value).append('\n');
    }

    private static void list(StringBuilder hcl, String name, List<String> values) {
        if (values != null) {
            attribute(hcl, name, values.stream().map(HclStrings::quote)
                    .reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]"));
        }
    }

    private static String key(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : quote(name);
    }

    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }

    private static String format(String hcl) {
        FormatResult result = Formatter.format(hcl, "export.tf");
        if (result.hasErrors()) {
            throw new IllegalStateException("Generated HCL does not parse: " + result.diagnostics() + "\n" + hcl);
        }
        return result.text();
    }
}
