package io.dataops.workbench.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.format.Formatter;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmJson;
import io.dataops.workbench.testsupport.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformExportTest {

    static final String ALARM_JSON = """
            {
              "AlarmName": "orders latency p99",
              "AlarmDescription": "p99 \\"latency\\" above ${budget}",
              "ActionsEnabled": true,
              "AlarmActions": ["arn:aws:sns:eu-west-1:123456789012:ops"],
              "MetricName": "Latency",
              "Namespace": "Orders",
              "ExtendedStatistic": "p99.9",
              "Dimensions": [{"Name": "Api", "Value": "orders"}, {"Name": "aws:stage", "Value": "prod"}],
              "Period": 60,
              "Unit": "Milliseconds",
              "EvaluationPeriods": 5,
              "DatapointsToAlarm": 3,
              "Threshold": 250.5,
              "ComparisonOperator": "GreaterThanOrEqualToThreshold",
              "TreatMissingData": "notBreaching"
            }
            """;

    static final String DASHBOARD_BODY = """
            {"widgets":[{"type":"metric","x":0,"y":0,"width":12,"height":6,
              "properties":{"title":"CPU ${host}","metrics":[["Host","CPUUtilization","host","a"]],
              "period":60,"stat":"Average","region":"eu-west-1"}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void alarmBecomesAMetricAlarmResourceWithTerraformArgumentNames() {
        AlarmDefinition alarm = AlarmJson.read(ALARM_JSON, "alarm.json");
        String hcl = TerraformExport.alarm(alarm);
        assertThat(hcl).startsWith("resource \"aws_cloudwatch_metric_alarm\" \"orders_latency_p99\" {\n")
                .contains("  alarm_name          = \"orders latency p99\"\n",
                        "  alarm_description   = \"p99 \\\"latency\\\" above $${budget}\"\n",
                        "  extended_statistic  = \"p99.9\"\n",
                        "  period              = 60\n",
                        "  evaluation_periods  = 5\n",
                        "  datapoints_to_alarm = 3\n",
                        "  threshold           = 250.5\n",
                        "  comparison_operator = \"GreaterThanOrEqualToThreshold\"\n",
                        "  treat_missing_data  = \"notBreaching\"\n",
                        "  unit                = \"Milliseconds\"\n",
                        "  alarm_actions       = [\"arn:aws:sns:eu-west-1:123456789012:ops\"]\n",
                        "  dimensions = {\n    Api         = \"orders\"\n    \"aws:stage\" = \"prod\"\n  }\n")
                .doesNotContain("  statistic ");
        assertParsesAndIsFormatted(hcl);
    }

    @Test
    void dashboardBecomesADashboardResourceWithTheBodyAsJson() {
        String hcl = TerraformExport.dashboard("ops-overview", DASHBOARD_BODY);
        assertThat(hcl).startsWith("resource \"aws_cloudwatch_dashboard\" \"ops-overview\" {\n")
                .contains("  dashboard_name = \"ops-overview\"\n", "  dashboard_body = <<-EOT\n",
                        "\"title\" : \"CPU $${host}\"", "\"widgets\" : [");
        assertParsesAndIsFormatted(hcl);
        assertThatThrownBy(() -> TerraformExport.dashboard("ops overview", DASHBOARD_BODY))
                .hasMessageContaining("letters, digits, '-' and '_'");
        assertThatThrownBy(() -> TerraformExport.dashboard("ops", "{\"panels\":[]}"))
                .hasMessageContaining("\"widgets\" array");
    }

    @Test
    void terraformFmtAcceptsBothAsTheyAre() throws IOException, InterruptedException {
        Path terraform = Requirements.terraformBinary();
        Path file = dir.resolve("monitoring.tf");
        Files.writeString(file, TerraformExport.alarm(AlarmJson.read(ALARM_JSON, "alarm.json")) + "\n"
                + TerraformExport.dashboard("ops-overview", DASHBOARD_BODY));
        Process fmt = new ProcessBuilder(terraform.toString(), "fmt", "-check", "-diff", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(fmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fmt.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(fmt.exitValue()).as(output).isZero();
    }

    private static void assertParsesAndIsFormatted(String hcl) {
        assertThat(HclParser.parse(hcl, "export.tf").diagnostics())
                .noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        assertThat(Formatter.format(hcl, "export.tf").changed()).isFalse();
    }
}
