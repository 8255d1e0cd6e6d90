package io.dataops.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.testsupport.Requirements;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandsTest {

    /** A real `terraform show -json` of a plan with every kind of change and a sensitive output ("hunter3"). */
    static final Path FIXTURE = Path.of("src/test/resources/plans/mixed-plan.json");

    @TempDir
    Path temp;

    @Test
    void showPrintsTheSummaryLineAndNeedsNoWorkspace() {
        Path workspace = temp.resolve("never-created");
        CliRun run = CliRun.inWorkspace(workspace, "plan", "show", FIXTURE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Plan: 3 to add, 1 to change, 2 to destroy." + System.lineSeparator());
        assertThat(workspace).doesNotExist();
    }

    @Test
    void textAndJsonFormatsAreMasked() {
        CliRun text = CliRun.inWorkspace(temp.resolve("ws"), "plan", "show", FIXTURE.toString(), "--format", "text");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("-/+ terraform_data.rep", "moved from terraform_data.old_name",
                "triggers_replace[0] = \"one\" -> \"two\"", "secret = (sensitive value) -> (sensitive value)")
                .doesNotContain("hunter");
        CliRun json = CliRun.inWorkspace(temp.resolve("ws"), "plan", "show", FIXTURE.toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"address\" : \"terraform_data.rep\"", "\"action\" : \"delete-then-create\"",
                "\"changed_paths\"", "\"summary\" : \"Plan: 3 to add, 1 to change, 2 to destroy.\"")
                .doesNotContain("hunter");
    }

    @Test
    void badInputsExitWithTwo() {
        assertThat(CliRun.inWorkspace(temp, "plan", "show", "missing.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.inWorkspace(temp, "plan", "show", FIXTURE.toString(), "--format", "xml").exitCode())
                .isEqualTo(2);
    }

    @Test
    void runPlansStoresThePlanMaskedAndExitsOneForChangesThenZero() throws IOException {
        Requirements.terraformBinary();
        Path project = temp.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("main.tf"), """
                variable "password" {
                  type      = string
                  sensitive = true
                }
                variable "name" { type = string }
                resource "terraform_data" "app" { triggers_replace = [var.password, var.name] }
                """);
        Path workspace = temp.resolve("ws");
        CliRun first = CliRun.inWorkspace(workspace, "plan", "run", project.toString(), "--var", "password=pw-s3cr3t",
                "--var", "name=web", "--tf-workspace", "staging");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).isEqualTo("Plan: 1 to add, 0 to change, 0 to destroy." + System.lineSeparator());
        assertThat(first.err()).contains("Terraform has been successfully initialized");
        assertThat(first.out() + first.err()).doesNotContain("pw-s3cr3t");

        try (Workspace opened = Workspace.open(workspace)) {
            PlanHistory history = new PlanHistory(opened::connect);
            assertThat(history.listAll()).singleElement().satisfies(record -> {
                assertThat(record.terraformWorkspace()).isEqualTo("staging");
                assertThat(record.inputs()).contains("-var name=web", "-var password=(hidden)")
                        .doesNotContain("pw-s3cr3t");
                assertThat(record.projectName()).isEqualTo("project");
            });
            try (var connection = opened.connect(); var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT * FROM terraform_plan")) {
                while (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        assertThat(String.valueOf(rows.getString(i))).doesNotContain("pw-s3cr3t");
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
        Files.writeString(project.resolve("main.tf"), "variable \"password\" {\n  default = \"x\"\n}\n");
        CliRun empty = CliRun.inWorkspace(workspace, "plan", "run", project.toString(), "--tf-workspace", "staging");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).startsWith("No changes.");
    }

    @Test
    void runWithoutATerraformBinarySaysHowToEnablePlans() throws IOException {
        Path workspace = temp.resolve("ws");
        try (Workspace opened = Workspace.open(workspace)) {
            opened.workbenchSettings().setTerraformBinary(temp.resolve("no-such-terraform").toString());
        }
        Files.createDirectories(temp.resolve("p"));
        CliRun run = CliRun.inWorkspace(workspace, "plan", "run", temp.resolve("p").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Settings").contains("Terraform binary");
    }
}
