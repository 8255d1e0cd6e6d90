package io.dataops.workbench.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.testsupport.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alarm widgets' ARNs in Terraform take the account from aws_caller_identity, never a placeholder. */
class DashboardTerraformTest {

    @TempDir
    Path dir;

    private static final Dashboard WITH_ALARM = new Dashboard("ops", List.of(
            new Widget("a", WidgetType.ALARM_STATUS, "Alarms", List.of(), List.of("HighLatency"), Widget.AUTO,
                    0, 0, 6, 2),
            new Widget("t", WidgetType.TEXT, "", List.of(), List.of(), Widget.AUTO, 6, 0, 6, 2, "Costs: ${see wiki}")));

    @Test
    void alarmArnsInterpolateTheCallersAccount() {
        String hcl = DashboardTerraform.of(WITH_ALARM, "eu-west-1");
        assertThat(hcl).startsWith("data \"aws_caller_identity\" \"current\" {}\n\nresource \"aws_cloudwatch_dashboard\"")
                .contains("arn:aws:cloudwatch:eu-west-1:${data.aws_caller_identity.current.account_id}:alarm:HighLatency")
                .contains("Costs: $${see wiki}")
                .doesNotContain("ACCOUNT");
        assertThat(HclParser.parse(hcl, "export.tf").diagnostics())
                .noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    @Test
    void withoutAlarmsThereIsNoDataSource() {
        Dashboard text = new Dashboard("notes", List.of(WITH_ALARM.widgets().get(1)));
        assertThat(DashboardTerraform.of(text, "eu-west-1")).startsWith("resource ").doesNotContain("aws_caller_identity");
    }

    @Test
    void terraformFmtAcceptsIt() throws IOException, InterruptedException {
        Path terraform = Requirements.terraformBinary();
        Path file = dir.resolve("dashboard.tf");
        Files.writeString(file, DashboardTerraform.of(WITH_ALARM, "eu-west-1"));
        Process fmt = new ProcessBuilder(terraform.toString(), "fmt", "-check", "-diff", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(fmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fmt.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(fmt.exitValue()).as(output).isZero();
    }
}
