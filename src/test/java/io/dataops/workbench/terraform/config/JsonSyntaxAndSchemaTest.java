package io.dataops.workbench.terraform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dataops.workbench.terraform.config.TestConfigs.described;
import static io.dataops.workbench.terraform.config.TestConfigs.errors;
import static io.dataops.workbench.terraform.config.TestConfigs.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code .tf.json} files in the model, and the provider-schema checks. */
class JsonSyntaxAndSchemaTest {

    @TempDir
    Path dir;

    @Test
    void jsonFilesDeclareAndReference() {
        Configuration config = TestConfigs.analyse(dir, Map.of("main.tf.json", """
                {
                  "variable": {"name": {"type": "string", "default": "literal ${not} a template"}},
                  "locals": {"greeting": "hello ${var.name} and ${lookup({a = \\"b\\"}, \\"a\\")}"},
                  "resource": {"terraform_data": {"r": {"input": "${local.greeting}", "depends_on": ["terraform_data.q"]}}},
                  "output": {"o": {"value": "${terraform_data.r.output} ${var.nope}"}}
                }
                """, "other.tf", "resource \"terraform_data\" \"q\" {}\n"));
        // Ranges in .tf.json files point into the generated native text (see JsonConfigConverter): file only.
        assertThat(errors(config)).extracting(d -> d.summary() + "@" + d.subject().filename())
                .containsExactly("Reference to undeclared input variable@main.tf.json");
        assertThat(config.values("").orElseThrow().value("local.greeting").asString())
                .isEqualTo("hello literal ${not} a template and b");
        assertThat(config.graph().resourceDependencies().get("terraform_data.r")).containsExactly("terraform_data.q");
    }

    @Test
    void schemaChecks() {
        TestConfigs.write(dir, Map.of("main.tf", """
                resource "aws_nope" "a" {}
                resource "aws_thing" "b" {
                  name     = "x"
                  old      = 1
                  arn      = "computed"
                  unknown  = 2
                  count    = 1
                  settings {
                    size = 1
                  }
                  settings {
                    size = 2
                  }
                  mystery {}
                  lifecycle { prevent_destroy = true }
                }
                resource "aws_thing" "c" {
                  name = "y"
                }
                data "aws_nope" "d" {}
                resource "terraform_data" "e" {}
                """));
        ProviderSchema schema = ProviderSchema.parse("""
                {"format_version": "1.0", "provider_schemas": {"registry.terraform.io/hashicorp/aws": {
                  "provider": {"block": {}},
                  "resource_schemas": {"aws_thing": {"block": {
                    "attributes": {"name": {"type": "string", "required": true},
                                   "old": {"type": "number", "optional": true, "deprecated": true},
                                   "arn": {"type": "string", "computed": true}},
                    "block_types": {"settings": {"nesting_mode": "list", "min_items": 1, "max_items": 1,
                      "block": {"attributes": {"size": {"type": "number", "optional": true}}}}}}}},
                  "data_source_schemas": {}}}}
                """);
        Configuration config = new ConfigAnalyzer(dir, new AnalysisOptions(List.of(), Optional.of(schema))).analyse();
        assertThat(described(errors(config))).containsExactly(
                "Invalid resource type@main.tf:1:10",
                "Value for unconfigurable attribute@main.tf:5:3",
                "Unsupported argument@main.tf:6:3",
                "Too many settings blocks@main.tf:11:3",
                "Unsupported block type@main.tf:14:3",
                "Insufficient settings blocks@main.tf:17:26",
                "Invalid data source@main.tf:20:6");
        assertThat(described(warnings(config))).containsExactly("Argument is deprecated@main.tf:4:3");
    }
}
