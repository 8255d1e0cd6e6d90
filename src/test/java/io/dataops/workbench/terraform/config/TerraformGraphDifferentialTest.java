package io.dataops.workbench.terraform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our resource dependencies against {@code terraform graph}, which draws the resources and data sources
 * of all modules with their dependencies (transitively reduced).
 */
class TerraformGraphDifferentialTest {

    private static final Pattern NODE = Pattern.compile("^\\s*\"([^\"]+)\" \\[label=", Pattern.MULTILINE);
    private static final Pattern EDGE = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\"", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void offlineSampleAndACrossModuleConfigurationHaveTerraformsResourceDependencies() throws Exception {
        TerraformCli terraform = new TerraformCli();
        Path sample = TestConfigs.write(dir.resolve("offline"), Map.of());
        copySample(sample);
        compare(terraform, sample);
        Path crossing = TestConfigs.write(dir.resolve("crossing"), Map.of("main.tf", """
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
                data "terraform_remote_state" "s" {
                  backend = "local"
                  config  = { path = terraform_data.c.id }
                }
                """, "m/main.tf", """
                variable "in" {}
                resource "terraform_data" "inner" { input = var.in }
                resource "terraform_data" "other" {}
                output "out" { value = terraform_data.inner.id }
                """));
        compare(terraform, crossing);
    }

    private void compare(TerraformCli terraform, Path config) throws Exception {
        terraform.init(config);
        String dot = terraform.run(config, "graph");
        Map<String, Set<String>> theirs = new TreeMap<>();
        Matcher nodes = NODE.matcher(dot);
        while (nodes.find()) {
            theirs.put(nodes.group(1), new TreeSet<>());
        }
        Matcher edges = EDGE.matcher(dot);
        while (edges.find()) {
            theirs.computeIfAbsent(edges.group(1), k -> new TreeSet<>()).add(edges.group(2));
        }
        assertThat(theirs).isNotEmpty();
        // terraform graph draws the transitive reduction, so compare what each resource depends on transitively.
        assertThat(closure(TestConfigs.analyse(config).graph().resourceDependencies())).isEqualTo(closure(theirs));
    }

    private static Map<String, Set<String>> closure(Map<String, Set<String>> direct) {
        Map<String, Set<String>> all = new TreeMap<>();
        for (String start : direct.keySet()) {
            Set<String> seen = new TreeSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(direct.get(start));
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

    private static void copySample(Path target) throws Exception {
        Path sample = TestConfigs.sample("terraform-offline");
        try (var files = java.nio.file.Files.walk(sample)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(sample.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(file, to);
                }
            }
        }
    }
}
