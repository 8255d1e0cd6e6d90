package io.dataops.workbench.bench;

/** Realistic Terraform configurations of a chosen size for the HCL benchmarks (deterministic). */
final class HclConfigGenerator {

    private HclConfigGenerator() {
    }

    /** {@code blocks} resource blocks of about 500 bytes each: attributes, a map, a nested block, templates, comments. */
    static String resources(int blocks) {
        StringBuilder text = new StringBuilder(blocks * 520);
        text.append("# generated configuration\n\n");
        for (int i = 0; i < blocks; i++) {
            text.append("resource \"aws_instance\" \"web_").append(i).append("\" {\n")
                    .append("  ami           = data.aws_ami.ubuntu.id\n")
                    .append("  instance_type = var.instance_types[").append(i % 7).append("]\n")
                    .append("  count         = var.enabled ? ").append(i % 5 + 1).append(" : 0 # per zone\n")
                    .append("  subnet_id     = element(module.vpc.private_subnets, ").append(i).append(" % 3)\n")
                    .append("  user_data     = \"#!/bin/sh\\necho ${var.greeting}-").append(i).append("\"\n")
                    .append("  tags = {\n")
                    .append("    Name        = \"web-${var.env}-").append(i).append("\"\n")
                    .append("    Environment = var.env\n")
                    .append("    Owners      = join(\",\", [for o in var.owners : lower(o) if o != \"\"])\n")
                    .append("  }\n")
                    .append("  /* storage */\n")
                    .append("  root_block_device {\n")
                    .append("    volume_size = ").append(20 + i % 100).append("\n")
                    .append("    encrypted   = true\n")
                    .append("  }\n")
                    .append("}\n\n");
        }
        return text.toString();
    }
}
