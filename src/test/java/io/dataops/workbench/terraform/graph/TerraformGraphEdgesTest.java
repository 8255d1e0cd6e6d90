package io.dataops.workbench.terraform.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.ConfigAnalyzer;
import io.dataops.workbench.terraform.plan.TerraformFixture;
import io.dataops.workbench.testsupport.Requirements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph model's dependency edges between resources against {@code terraform graph}, built both from our
 * semantic model and from the plan JSON's configuration section, for the offline sample and a configuration
 * whose dependencies cross a module boundary.
 */
class TerraformGraphEdgesTest {

    private static final Pattern NODE = Pattern.compile("^\\s*\"([^\"]+)\" \\[label=", Pattern.MULTILINE);
    private static final Pattern EDGE = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\"", Pattern.MULTILINE);

    @TempDir
    Path temp;

    @Test
    void offlineSampleHasTerraformsResourceEdges() throws IOException {
        Path dir = temp.resolve("offline");
        copy(Path.of("src/main/resources/samples/terraform-offline"), dir);
        InfraGraph fromPlan = compare(dir);
        assertThat(fromPlan.node("module.website.terraform_data.site").orElseThrow().action().name())
                .isEqualTo("CREATE");
        // The plan JSON leaves locals out, so a variable's blast radius through a local needs our semantic model.
        InfraGraph fromConfig = InfraGraphs.fromConfiguration(
                new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT).analyse().graph(), Optional.empty());
        assertThat(fromConfig.blastRadius(Set.of("var.environment")))
                .contains("terraform_data.app_server", "module.website.terraform_data.site",
                        "output.website_endpoint", "output.server_name");
    }

    @Test
    void dependenciesThroughAModuleCallMatchTerraform() throws IOException {
        Path dir = temp.resolve("crossing");
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("main.tf"), """
                locals { name = "x" }
                resource "terraform_data" "a" { input = local.name }
                resource "terraform_data" "b" { input = terraform_data.a.id }
                module "m" {
                  source = "./m"
                  in     = terraform_data.b.id
                }
                resource "terraform_data" "c" {
                  input      = module.m.out
                  depends_on = [terraform_data.a]
                }
                resource "terraform_data" "d" {
                  count = 2
                  input = terraform_data.c.output
                }
                """);
        Files.writeString(dir.resolve("m/main.tf"), """
                variable "in" {}
                resource "terraform_data" "inner" { input = var.in }
                resource "terraform_data" "other" {}
                output "out" { value = terraform_data.inner.id }
                """);
        InfraGraph graph = compare(dir);
        assertThat(graph.resourceDependencies().get("terraform_data.c"))
                .containsExactlyInAnyOrder("module.m.terraform_data.inner", "terraform_data.a");
        assertThat(graph.node("terraform_data.d").orElseThrow().changes()).hasSize(2);
    }

    /** Compares both builders with terraform graph; returns the plan-built graph. */
    private InfraGraph compare(Path dir) throws IOException {
        TerraformFixture terraform = new TerraformFixture(Requirements.terraformBinary(), dir);
        terraform.run("init", "-input=false", "-no-color");
        Map<String, Set<String>> theirs = closure(parse(terraform.run("graph")));
        assertThat(theirs).isNotEmpty();

        InfraGraph fromConfig = InfraGraphs.fromConfiguration(
                new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT).analyse().graph(), Optional.empty());
        assertThat(closure(fromConfig.resourceDependencies())).isEqualTo(theirs);

        Path planJson = dir.resolve("plan.json");
        Files.writeString(planJson, terraform.showJson(terraform.plan("tfplan")));
        InfraGraph fromPlan = InfraGraphs.fromPlanJson(planJson);
        assertThat(closure(fromPlan.resourceDependencies())).isEqualTo(theirs);
        return fromPlan;
    }

    private static Map<String, Set<String>> parse(String dot) {
        Map<String, Set<String>> direct = new TreeMap<>();
        Matcher nodes = NODE.matcher(dot);
        while (nodes.find()) {
            direct.put(nodes.group(1), new TreeSet<>());
        }
        Matcher edges = EDGE.matcher(dot);
        while (edges.find()) {
            direct.computeIfAbsent(edges.group(1), k -> new TreeSet<>()).add(edges.group(2));
        }
        return direct;
    }

    /** terraform graph draws the transitive reduction, so compare what each resource reaches. */
    private static Map<String, Set<String>> closure(Map<String, Set<String>> direct) {
        Map<String, Set<String>> all = new TreeMap<>();
        for (String start : direct.keySet()) {
            Set<String> seen = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (seen.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            all.put(start, seen);
        }
        return all;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
