package io.dataops.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan show --format dot} and {@code hcl graph --format dot} print the graph model as DOT. */
class GraphDotCommandsTest {

    private static final Path PLAN = Path.of("src/test/resources/plans/mixed-plan.json");
    private static final Path SAMPLE = Path.of("src/main/resources/samples/terraform-offline");

    @TempDir
    Path temp;

    @Test
    void planShowDotHasAClusterPerModuleActionsAndConfigurationEdges() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "plan", "show", PLAN.toString(), "--format", "dot");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("digraph {")
                .contains("subgraph \"cluster_module.m\" {")
                .contains("\"module.m.terraform_data.inner\" [label=")
                .contains("\"output.o2\" -> \"terraform_data.add\"")
                .contains("[label=\"+ terraform_data.add\"");
        assertThat(run.out()).doesNotContain("hunter3");
    }

    @Test
    void hclGraphDotNestsTheModuleAndLinksTheCall() {
        CliRun run = CliRun.inWorkspace(temp.resolve("ws"), "hcl", "graph", SAMPLE.toString(), "--format", "dot");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("subgraph \"cluster_module.website\" {")
                .contains("\"terraform_data.app_server\" -> \"local.server_name\"")
                .contains("\"module.website.var.site_name\" -> \"var.environment\"")
                .contains("\"output.website_endpoint\" -> \"module.website.output.endpoint\"");
    }
}
