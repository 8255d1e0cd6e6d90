package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.dataops.workbench.terraform.config.TestConfigs.analyse;
import static io.dataops.workbench.terraform.config.TestConfigs.described;
import static io.dataops.workbench.terraform.config.TestConfigs.errors;
import static io.dataops.workbench.terraform.config.TestConfigs.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of diagnostic the model reports, each with its range and message. */
class DiagnosticKindsTest {

    @TempDir
    Path dir;

    @Test
    void undeclaredReferencesOfEveryKind() {
        Configuration config = analyse(dir, Map.of("main.tf", """
                locals {
                  a = var.nope
                  b = local.nolocal
                  c = module.nomod.x
                  d = terraform_data.nores.id
                  e = data.terraform_remote_state.x.outputs
                  f = [a, b]
                }
                output "all" { value = [local.a, local.b, local.c, local.d, local.e, local.f] }
                """));
        assertThat(described(errors(config))).containsExactly(
                "Reference to undeclared input variable@main.tf:2:7",
                "Reference to undeclared local value@main.tf:3:7",
                "Reference to undeclared module@main.tf:4:7",
                "Reference to undeclared resource@main.tf:5:7",
                "Reference to undeclared resource@main.tf:6:7",
                "Invalid reference@main.tf:7:8",
                "Invalid reference@main.tf:7:11");
        Diagnostic variable = errors(config).get(0);
        assertThat(variable.detail()).isEqualTo("An input variable with the name \"nope\" has not been declared. "
                + "This variable can be declared with a variable \"nope\" {} block.");
        assertThat(variable.subject().end().column()).isEqualTo(15);
        assertThat(errors(config).get(4).detail()).isEqualTo(
                "A data resource \"terraform_remote_state\" \"x\" has not been declared in the root module.");
    }

    @Test
    void duplicateDeclarations() {
        Configuration config = analyse(dir, Map.of("a.tf", """
                variable "v" {}
                locals { l = 1 }
                resource "terraform_data" "r" {}
                data "terraform_remote_state" "s" { backend = "local" }
                output "o" { value = [var.v, local.l] }
                module "m" { source = "./m" }
                provider "aws" {}
                provider "aws" { alias = "east" }
                """, "b.tf", """
                variable "v" {}
                locals { l = 2 }
                resource "terraform_data" "r" {}
                data "terraform_remote_state" "s" { backend = "local" }
                output "o" { value = 2 }
                module "m" { source = "./m" }
                provider "aws" {}
                provider "aws" { alias = "east" }
                """, "m/main.tf", ""));
        assertThat(described(errors(config))).containsExactly(
                "Duplicate variable declaration@b.tf:1:1",
                "Duplicate local value definition@b.tf:2:10",
                "Duplicate resource \"terraform_data\" configuration@b.tf:3:1",
                "Duplicate data \"terraform_remote_state\" configuration@b.tf:4:1",
                "Duplicate output definition@b.tf:5:1",
                "Duplicate module call@b.tf:6:1",
                "Duplicate provider configuration@b.tf:7:1",
                "Duplicate provider configuration@b.tf:8:1");
        assertThat(errors(config).get(0).detail()).isEqualTo("A variable named \"v\" was already declared at "
                + "a.tf:1,1-13. Variable names must be unique within a module.");
    }

    @Test
    void moduleOutputsAndArguments() {
        Configuration config = analyse(dir, Map.of("main.tf", """
                module "m" {
                  source  = "./child"
                  unknown = 1
                }
                module "typed" {
                  source   = "./child"
                  required = "not a number"
                }
                output "x" { value = module.m.missing }
                output "y" { value = module.typed.out }
                """, "child/main.tf", """
                variable "required" { type = number }
                output "out" { value = var.required }
                """));
        assertThat(described(errors(config))).containsExactly(
                "Missing required argument@main.tf:1:12",
                "Unsupported argument@main.tf:3:3",
                "Invalid value for input variable@main.tf:7:14",
                "Unsupported attribute@main.tf:9:30");
        assertThat(errors(config).get(0).detail())
                .isEqualTo("The argument \"required\" is required, but no definition was found.");
        assertThat(errors(config).get(2).detail()).isEqualTo("The given value is not suitable for "
                + "module.typed.var.required declared at child/main.tf:1,1-20: a number is required.");
        assertThat(errors(config).get(3).detail()).isEqualTo("This object does not have an attribute named \"missing\".");
    }

    @Test
    void variableDefaultsValuesAndTypes() {
        Configuration config = analyse(dir, Map.of("main.tf", """
                variable "number" {
                  type    = number
                  default = "abc"
                }
                variable "not_null" {
                  type     = string
                  default  = null
                  nullable = false
                }
                variable "required" { type = string }
                variable "from_tfvars" { type = list(string) }
                output "o" { value = [var.number, var.not_null, var.required, var.from_tfvars] }
                """, "terraform.tfvars", "from_tfvars = 3\nundeclared = 1\n"));
        assertThat(described(errors(config))).containsExactly(
                "Invalid default value for variable@main.tf:3:13",
                "Invalid default value for variable@main.tf:7:14");
        assertThat(described(warnings(config))).containsExactly(
                "No value for required variable@main.tf:10:1",
                "Invalid value for input variable@terraform.tfvars:1:15",
                "Value for undeclared variable@terraform.tfvars:2:14");
        assertThat(errors(config).get(0).detail()).isEqualTo(
                "This default value is not compatible with the variable's type constraint: a number is required.");
    }

    @Test
    void unusedVariablesAndLocalsAreWarnings() {
        Configuration config = analyse(dir, Map.of("main.tf", """
                variable "used" { default = 1 }
                variable "unused" { default = 1 }
                locals {
                  used   = var.used
                  unused = 2
                }
                output "o" { value = local.used }
                """));
        assertThat(errors(config)).isEmpty();
        assertThat(described(warnings(config))).containsExactly("Unused variable@main.tf:2:1",
                "Unused local value@main.tf:5:3");
    }

    @Test
    void objectsUsedOutOfContext() {
        Configuration config = analyse(dir, Map.of("main.tf", """
                locals {
                  c = count.index
                  e = each.key
                  s = self.id
                  p = path.nope
                  t = terraform.nope
                  ok = [path.module, terraform.workspace]
                }
                resource "terraform_data" "counted" {
                  count = 2
                  input = [count.index, local.c, local.e, local.s, local.p, local.t, local.ok]
                  provisioner "local-exec" { command = "echo ${self.id}" }
                }
                resource "terraform_data" "each" {
                  for_each = toset(["a"])
                  input    = each.value
                }
                """));
        assertThat(described(errors(config))).containsExactly(
                "Reference to \"count\" in non-counted context@main.tf:2:7",
                "Reference to \"each\" in context without for_each@main.tf:3:7",
                "Invalid \"self\" reference@main.tf:4:7",
                "Invalid \"path\" attribute@main.tf:5:7",
                "Invalid \"terraform\" attribute@main.tf:6:7");
    }

    @Test
    void syntaxErrorsAndMissingModuleDirectories() {
        Configuration config = analyse(dir, Map.of("main.tf", """
                module "gone" { source = "./nowhere" }
                resource "x" "y" {
                """));
        List<String> errors = described(errors(config));
        assertThat(errors).contains("Unreadable module directory@main.tf:1:1");
        assertThat(errors).anyMatch(e -> e.startsWith("Unclosed configuration block"));
    }
}
