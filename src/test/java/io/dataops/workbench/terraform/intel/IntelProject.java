package io.dataops.workbench.terraform.intel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small project for the language-service tests: a variable used in three files and a local module. */
public final class IntelProject {

    private IntelProject() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("modules/net"));
        Files.writeString(dir.resolve("variables.tf"), """
                variable "region" {
                  type        = string
                  description = "Where everything runs"
                  default     = "us-east-1"
                }
                """);
        Files.writeString(dir.resolve("terraform.tfvars"), "region = \"eu-west-1\"\n");
        Files.writeString(dir.resolve("main.tf"), """
                locals {
                  name = "app-${var.region}"
                }

                resource "terraform_data" "web" {
                  input = var.region
                }

                module "net" {
                  source = "./modules/net"
                  region = var.region
                }
                """);
        Files.writeString(dir.resolve("outputs.tf"), """
                output "where" {
                  value = var.region
                }

                output "cidr" {
                  value = module.net.cidr
                }

                output "name" {
                  value = local.name
                }
                """);
        Files.writeString(dir.resolve("modules/net/main.tf"), """
                variable "region" {
                  type = string
                }

                output "cidr" {
                  value = "10.0.0.0/16"
                }
                """);
        return dir;
    }
}
