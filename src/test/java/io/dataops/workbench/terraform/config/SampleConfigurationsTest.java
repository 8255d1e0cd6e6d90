package io.dataops.workbench.terraform.config;

import org.junit.jupiter.api.Test;

import static io.dataops.workbench.terraform.config.TestConfigs.analyse;
import static io.dataops.workbench.terraform.config.TestConfigs.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped samples: no diagnostics at all, and the expected model. */
class SampleConfigurationsTest {

    @Test
    void offlineSampleIsCleanAndModelled() {
        Configuration config = analyse(sample("terraform-offline"));
        assertThat(config.diagnostics()).isEmpty();
        assertThat(config.rootModule().children()).extracting(ModuleInstance::path).containsExactly("module.website");
        DependencyGraph graph = config.graph();
        assertThat(graph.nodes()).extracting(DependencyGraph.Node::address).contains("terraform_data.app_server",
                "local.server_name", "var.environment", "module.website", "module.website.terraform_data.site",
                "module.website.output.endpoint", "output.website_endpoint");
        assertThat(graph.edges()).extracting(e -> e.from() + " -> " + e.to() + " (" + e.reference() + ")").contains(
                "local.server_name -> var.environment (var.environment)",
                "terraform_data.app_server -> local.server_name (local.server_name)",
                "module.website.var.site_name -> var.environment (var.environment)",
                "output.website_endpoint -> module.website.output.endpoint (module.website.endpoint)",
                "module.website.output.endpoint -> module.website.terraform_data.site (terraform_data.site.output)");
    }

    @Test
    void learningSampleIsCleanAndResolvesItsDataSourceAndProvider() {
        Configuration config = analyse(sample("terraform-learning"));
        assertThat(config.diagnostics()).isEmpty();
        LinkedModule root = config.module(sample("terraform-learning")).orElseThrow();
        assertThat(root.index().requiredProviders()).containsEntry("aws", "hashicorp/aws");
        assertThat(root.index().find("provider.aws")).isPresent();
        assertThat(root.references()).anyMatch(r -> r.reference().subject().equals("data.aws_ami.ubuntu")
                && r.resolved());
        assertThat(config.graph().resourceDependencies().get("aws_instance.app_server"))
                .containsExactly("data.aws_ami.ubuntu");
    }
}
