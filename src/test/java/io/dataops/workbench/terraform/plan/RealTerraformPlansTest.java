package io.dataops.workbench.terraform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.testsupport.Requirements;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real plans made by the terraform binary with only terraform_data and a local module: our summary line must be
 * the one {@code terraform show -no-color} prints, our actions those of the JSON, and no sensitive value may
 * survive into our model. One init (and one baseline apply) for the whole class; tests only plan.
 */
class RealTerraformPlansTest {

    static final String SECRET = "hunter2-do-not-show";
    static final String NEW_SECRET = "hunter3-do-not-show";

    static final String BASELINE = """
            resource "terraform_data" "keep" { input = "a" }
            resource "terraform_data" "upd" { input = "old" }
            resource "terraform_data" "rep" {
              input            = "x"
              triggers_replace = ["one"]
            }
            resource "terraform_data" "gone" { input = "bye" }
            resource "terraform_data" "old_name" { input = "mv" }
            variable "password" {
              type      = string
              sensitive = true
              default   = "%s"
            }
            resource "terraform_data" "secretive" { triggers_replace = [var.password] }
            module "m" { source = "./m" }
            output "o1" { value = "v1" }
            output "secret" {
              value     = "%s"
              sensitive = true
            }
            """.formatted(SECRET, SECRET);

    @TempDir
    static Path dir;

    private static TerraformFixture terraform;

    @BeforeAll
    static void initAndApplyBaseline() {
        terraform = new TerraformFixture(Requirements.terraformBinary(), dir);
        terraform.write("m/main.tf", "resource \"terraform_data\" \"inner\" { input = \"i\" }\n");
        terraform.write("main.tf", BASELINE);
        terraform.run("init", "-input=false", "-no-color");
        terraform.run("apply", "-auto-approve", "-input=false", "-no-color");
    }

    @Test
    void createUpdateReplaceDeleteMoveModuleAndOutputs() throws Exception {
        terraform.write("main.tf", """
                resource "terraform_data" "keep" { input = "a" }
                resource "terraform_data" "upd" { input = "new" }
                resource "terraform_data" "rep" {
                  input            = "x"
                  triggers_replace = ["two"]
                }
                resource "terraform_data" "new_name" { input = "mv" }
                moved {
                  from = terraform_data.old_name
                  to   = terraform_data.new_name
                }
                variable "password" {
                  type      = string
                  sensitive = true
                  default   = "%s"
                }
                resource "terraform_data" "secretive" { triggers_replace = [var.password] }
                resource "terraform_data" "add" { input = { a = 1, b = [1, 2] } }
                module "m" { source = "./m" }
                output "o1" { value = "v2" }
                output "o2" { value = terraform_data.add.output }
                output "secret" {
                  value     = "%s"
                  sensitive = true
                }
                """.formatted(SECRET, NEW_SECRET));
        Plan plan = assertMatchesTerraform("mixed.tfplan");

        assertThat(plan.summaryLine()).isEqualTo("Plan: 2 to add, 1 to change, 2 to destroy.");
        ResourceChange rep = plan.find("terraform_data.rep").orElseThrow();
        assertThat(rep.action()).isEqualTo(PlanAction.DELETE_THEN_CREATE);
        assertThat(rep.replacePaths()).containsExactly("triggers_replace");
        AttributeDiff trigger = rep.attributes().stream().filter(a -> a.name().equals("triggers_replace")).findFirst()
                .orElseThrow();
        assertThat(trigger.forcesReplacement()).isTrue();
        assertThat(trigger.children()).singleElement().satisfies(element -> {
            assertThat(element.before()).isEqualTo("\"one\"");
            assertThat(element.after()).isEqualTo("\"two\"");
        });
        assertThat(rep.attributes().get(0).isChanged()).as("changed attributes first").isTrue();
        assertThat(rep.attributes()).filteredOn(a -> a.name().equals("id")).singleElement()
                .satisfies(id -> assertThat(id.after()).isEqualTo(AttributeDiff.KNOWN_AFTER_APPLY));

        ResourceChange moved = plan.find("terraform_data.new_name").orElseThrow();
        assertThat(moved.isMoved()).isTrue();
        assertThat(moved.previousAddress()).isEqualTo("terraform_data.old_name");
        ResourceChange gone = plan.find("terraform_data.gone").orElseThrow();
        assertThat(gone.reasonWords()).isEqualTo("the resource is not in the configuration");
        assertThat(plan.find("terraform_data.upd").orElseThrow().changedPaths()).contains("input", "output");
        assertThat(plan.find("terraform_data.add").orElseThrow().attributes())
                .filteredOn(a -> a.name().equals("input")).singleElement()
                .satisfies(input -> assertThat(input.children()).extracting(AttributeDiff::path)
                        .containsExactlyInAnyOrder("input.a", "input.b"));
        assertThat(plan.moduleSources()).containsEntry("module.m", "./m");
        assertThat(plan.outputChanges()).filteredOn(o -> o.name().equals("secret")).singleElement()
                .satisfies(o -> assertThat(o.after()).isEqualTo(AttributeDiff.SENSITIVE));
        assertThat(plan.sensitiveVariables()).containsExactly("password");
        assertThat(plan.find("terraform_data.secretive").orElseThrow().attributes())
                .filteredOn(a -> a.name().equals("triggers_replace")).singleElement()
                .satisfies(a -> assertThat(a.children()).singleElement()
                        .satisfies(e -> assertThat(e.after()).isEqualTo(AttributeDiff.SENSITIVE)));
        assertMasked(plan);
    }

    @Test
    void noChanges() throws Exception {
        terraform.write("main.tf", BASELINE);
        Plan plan = assertMatchesTerraform("same.tfplan");
        assertThat(plan.summaryLine()).isEqualTo("No changes. Your infrastructure matches the configuration.");
        assertThat(plan.counts().hasChanges()).isFalse();
        assertMasked(plan);
    }

    @Test
    void onlyOutputsChange() throws Exception {
        terraform.write("main.tf", BASELINE + "output \"extra\" { value = \"new\" }\n");
        Plan plan = assertMatchesTerraform("outputs.tfplan");
        assertThat(plan.summaryLine()).startsWith("You can apply this plan to save these new output values");
        assertThat(plan.counts().hasChanges()).isTrue();
    }

    @Test
    void importAndForget() throws Exception {
        terraform.write("main.tf", BASELINE.replace("resource \"terraform_data\" \"gone\" { input = \"bye\" }", """
                removed {
                  from = terraform_data.gone
                  lifecycle { destroy = false }
                }
                import {
                  to = terraform_data.imported
                  id = "abc"
                }
                resource "terraform_data" "imported" {}
                """));
        Plan plan = assertMatchesTerraform("import.tfplan");
        assertThat(plan.summaryLine()).isEqualTo("Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.");
        assertThat(plan.find("terraform_data.imported").orElseThrow().importingId()).isEqualTo("abc");
        assertThat(plan.find("terraform_data.gone").orElseThrow().action()).isEqualTo(PlanAction.FORGET);
        assertThat(SummaryLine.render(plan, ToolFlavor.OPENTOFU))
                .isEqualTo("Plan: 1 to import, 0 to add, 0 to change, 0 to destroy, 1 to forget.");
    }

    /** Plans, reads the JSON with our reader, and checks summary and actions against terraform's own. */
    private Plan assertMatchesTerraform(String planName) throws Exception {
        Path planFile = terraform.plan(planName);
        String json = terraform.showJson(planFile);
        Plan plan = PlanJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        List<String> paragraphs = terraform.showParagraphs(planFile);
        assertThat(paragraphs).as("terraform show -no-color").contains(plan.summaryLine());

        Map<String, List<String>> expected = TerraformFixture.actionsOf(json);
        Map<String, PlanAction> ours = new LinkedHashMap<>();
        plan.resourceChanges().forEach(change -> ours.put(change.address(), change.action()));
        Map<String, PlanAction> theirs = new LinkedHashMap<>();
        expected.forEach((address, actions) -> theirs.put(address, PlanAction.fromJson(actions)));
        assertThat(ours).isEqualTo(theirs);
        assertThat(ours.values()).doesNotContain(PlanAction.UNKNOWN);
        return plan;
    }

    private static void assertMasked(Plan plan) {
        String stored = PlanModelJson.write(plan);
        String normalized = PlanModelJson.normalized(plan, ToolFlavor.TERRAFORM);
        String text = PlanText.write(plan, ToolFlavor.TERRAFORM);
        for (String output : List.of(stored, normalized, text)) {
            assertThat(output).doesNotContain(SECRET).doesNotContain(NEW_SECRET);
        }
        assertThat(PlanModelJson.read(stored)).isEqualTo(plan);
    }
}
