package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.eval.HclValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Values: tfvars precedence, defaults, locals, module inputs and outputs; resources stay unknown. */
class ValuesTest {

    @TempDir
    Path dir;

    @Test
    void tfvarsAutoTfvarsAndVarFilesInTerraformsOrder() {
        TestConfigs.write(dir, Map.of("main.tf", """
                variable "a" { default = "default" }
                variable "b" { default = "default" }
                variable "c" { default = "default" }
                variable "d" { type = number }
                variable "e" { default = "default" }
                locals { all = "${var.a}/${var.b}/${var.c}/${var.d + 1}/${var.e}" }
                output "all" { value = local.all }
                """,
                "terraform.tfvars", "a = \"tfvars\"\nb = \"tfvars\"\nc = \"tfvars\"\n",
                "x.auto.tfvars", "b = \"auto\"\nc = \"auto\"\n",
                "y.auto.tfvars.json", "{\"d\": \"41\"}",
                "extra.tfvars", "c = \"var-file\"\n"));
        Configuration config = new ConfigAnalyzer(dir,
                new AnalysisOptions(List.of(dir.resolve("extra.tfvars")), Optional.empty())).analyse();
        ModuleValues values = config.values("").orElseThrow();
        assertThat(values.value("local.all")).isEqualTo(HclValue.string("tfvars/auto/var-file/42/default"));
        assertThat(values.value("output.all")).isEqualTo(HclValue.string("tfvars/auto/var-file/42/default"));
        assertThat(values.value("var.d")).isEqualTo(HclValue.number(41));
    }

    @Test
    void moduleInputsAndOutputsResourcesUnknown() {
        Configuration config = TestConfigs.analyse(TestConfigs.sample("terraform-offline"));
        ModuleValues root = config.values("").orElseThrow();
        assertThat(root.value("local.server_name")).isEqualTo(HclValue.string("dev-app-server"));
        ModuleValues website = config.values("module.website").orElseThrow();
        assertThat(website.value("var.site_name")).isEqualTo(HclValue.string("dev-website"));
        assertThat(website.value("var.index_document")).isEqualTo(HclValue.string("index.html"));
        assertThat(website.value("output.endpoint").isKnown()).isFalse();
        assertThat(root.value("output.website_endpoint").isKnown()).isFalse();
    }

    @Test
    void missingValuesAreUnknownOfTheirType() {
        Configuration config = TestConfigs.analyse(dir, Map.of("main.tf",
                "variable \"n\" { type = number }\nlocals { twice = var.n * 2 }\noutput \"o\" { value = local.twice }\n"));
        HclValue twice = config.values("").orElseThrow().value("local.twice");
        assertThat(twice.isKnown()).isFalse();
    }
}
