package io.dataops.workbench.terraform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.dataops.workbench.terraform.config.TestConfigs.analyse;
import static io.dataops.workbench.terraform.config.TestConfigs.errors;
import static org.assertj.core.api.Assertions.assertThat;

/** References: what each resolves to, across modules, with count/for_each, for expressions, dynamic blocks. */
class ReferencesTest {

    @TempDir
    Path dir;

    private Configuration config() {
        return analyse(dir, Map.of("main.tf", """
                variable "names" { default = ["a", "b"] }
                resource "terraform_data" "counted" {
                  count = length(var.names)
                  input = "${var.names[count.index]}-x"
                }
                resource "terraform_data" "keyed" {
                  for_each = toset(var.names)
                  input    = [for n in var.names : upper(n) if n != each.key]
                }
                resource "terraform_data" "uses" {
                  input = [terraform_data.counted[0].output, terraform_data.keyed["a"].id,
                           terraform_data.counted[*].id, module.child.url]
                  depends_on = [module.child]
                  dynamic "ingress" {
                    for_each = var.names
                    content { port = ingress.value }
                  }
                }
                module "child" {
                  source = "./child"
                  name   = var.names[0]
                }
                moved {
                  from = terraform_data.old
                  to   = terraform_data.uses
                }
                """, "child/main.tf", """
                variable "name" { type = string }
                resource "terraform_data" "site" { input = var.name }
                output "url" { value = "http://${terraform_data.site.output}" }
                """));
    }

    @Test
    void resolvesEveryReferenceWithItsRange() {
        Configuration config = config();
        assertThat(errors(config)).isEmpty();
        List<ResolvedReference> references = config.references();
        assertThat(references).allMatch(r -> r.resolved() || List.of(ReferenceKind.COUNT, ReferenceKind.EACH)
                .contains(r.reference().kind()));
        ResolvedReference url = references.stream()
                .filter(r -> r.reference().text().equals("module.child.url")).findFirst().orElseThrow();
        assertThat(url.target().orElseThrow().address()).isEqualTo("output.url");
        assertThat(url.targetDir()).isEqualTo(dir.resolve("child").toAbsolutePath().normalize());
        assertThat(url.reference().range().start().line()).isEqualTo(12);
        assertThat(url.reference().referrer()).isEqualTo("terraform_data.uses");
    }

    @Test
    void countAndForEachAddressesResolveToTheResource() {
        List<String> targets = config().references().stream()
                .filter(r -> r.reference().referrer().equals("terraform_data.uses"))
                .map(r -> r.reference().subject() + (r.reference().indexed() ? "[]" : "") + "->"
                        + r.target().map(Declaration::address).orElse("?"))
                .toList();
        assertThat(targets).contains("terraform_data.counted[]->terraform_data.counted",
                "terraform_data.keyed[]->terraform_data.keyed", "terraform_data.counted->terraform_data.counted",
                "module.child->module.child");
    }

    @Test
    void forVariablesAndDynamicIteratorsAreNoReferences() {
        assertThat(config().references()).noneMatch(r -> r.reference().subject().startsWith("n.")
                || r.reference().subject().startsWith("ingress."));
    }

    @Test
    void movedBlocksAreDeclarationsWithTheirAddresses() {
        Declaration.Meta moved = config().module(dir).orElseThrow().index().declarations().stream()
                .filter(Declaration.Meta.class::isInstance).map(Declaration.Meta.class::cast)
                .filter(m -> m.kind() == DeclarationKind.MOVED).findFirst().orElseThrow();
        assertThat(moved.from()).contains("terraform_data.old");
        assertThat(moved.to()).contains("terraform_data.uses");
    }

    @Test
    void crossModuleEdgesInTheGraph() {
        DependencyGraph graph = config().graph();
        assertThat(graph.edges()).extracting(e -> e.from() + " -> " + e.to()).contains(
                "module.child.var.name -> var.names",
                "module.child.var.name -> module.child",
                "module.child.terraform_data.site -> module.child.var.name",
                "module.child.output.url -> module.child.terraform_data.site",
                "terraform_data.uses -> module.child.output.url",
                "terraform_data.uses -> module.child");
        assertThat(graph.resourceDependencies().get("terraform_data.uses")).containsExactlyInAnyOrder(
                "terraform_data.counted", "terraform_data.keyed", "module.child.terraform_data.site");
    }
}
