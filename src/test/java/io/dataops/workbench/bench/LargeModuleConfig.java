package io.dataops.workbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large offline configuration (terraform_data, variables, locals, outputs, local modules) of about
 * 20,000 blocks: a root calling {@code modules} child modules of 1,000 blocks each, with references within
 * and across modules. {@code terraform validate} accepts it, so both can be timed on the same directory:
 * {@code java -cp ... io.dataops.workbench.bench.LargeModuleConfig DIR}.
 */
public final class LargeModuleConfig {

    static final int MODULES = 20;
    private static final int VARIABLES = 100;
    private static final int LOCALS = 100;
    private static final int RESOURCES = 600;
    private static final int OUTPUTS = 199;

    private LargeModuleConfig() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    static void write(Path root) throws IOException {
        StringBuilder main = new StringBuilder("variable \"env\" {\n  type    = string\n  default = \"dev\"\n}\n");
        for (int m = 0; m < MODULES; m++) {
            main.append("module \"m").append(m).append("\" {\n  source = \"./modules/m").append(m).append("\"\n")
                    .append("  env    = var.env\n  prefix = \"").append(m).append("\"\n}\n");
            main.append("resource \"terraform_data\" \"uses_m").append(m).append("\" {\n  input = [module.m")
                    .append(m).append(".o0, module.m").append(m).append(".o1]\n}\n");
            writeModule(Files.createDirectories(root.resolve("modules/m" + m)));
        }
        Files.writeString(root.resolve("main.tf"), main.toString());
    }

    private static void writeModule(Path dir) throws IOException {
        StringBuilder vars = new StringBuilder("variable \"env\" {\n  type = string\n}\nvariable \"prefix\" {\n"
                + "  type = string\n}\n");
        for (int v = 2; v < VARIABLES; v++) {
            vars.append("variable \"v").append(v).append("\" {\n  type        = string\n  default     = \"value-")
                    .append(v).append("\"\n  description = \"Variable ").append(v).append("\"\n}\n");
        }
        StringBuilder locals = new StringBuilder();
        for (int l = 0; l < LOCALS; l++) {
            locals.append("locals {\n  l").append(l).append(" = \"${var.prefix}-${var.env}-${var.v")
                    .append(2 + l % (VARIABLES - 2)).append("}")
                    .append(l > 0 ? "-${local.l" + (l - 1) + "}" : "").append("\"\n}\n");
        }
        StringBuilder resources = new StringBuilder();
        for (int r = 0; r < RESOURCES; r++) {
            resources.append("resource \"terraform_data\" \"r").append(r).append("\" {\n");
            if (r % 10 == 3) {
                resources.append("  count = 2\n");
            }
            resources.append("  input = {\n    name  = local.l").append(r % LOCALS).append("\n    index = ")
                    .append(r).append("\n    upper = upper(var.v").append(2 + r % (VARIABLES - 2)).append(")\n");
            if (r > 0) {
                int before = r - 1;
                resources.append("    prev  = terraform_data.r").append(before)
                        .append(before % 10 == 3 ? "[0]" : "").append(".id\n");
            }
            resources.append("    tags  = { for k in [\"a\", \"b\"] : k => \"${k}-").append(r).append("\" }\n  }\n}\n");
        }
        StringBuilder outputs = new StringBuilder();
        for (int o = 0; o < OUTPUTS; o++) {
            int r = (o * 3) % RESOURCES;
            outputs.append("output \"o").append(o).append("\" {\n  value = terraform_data.r").append(r)
                    .append(r % 10 == 3 ? "[0]" : "").append(".output\n}\n");
        }
        Files.writeString(dir.resolve("variables.tf"), vars.toString());
        Files.writeString(dir.resolve("locals.tf"), locals.toString());
        Files.writeString(dir.resolve("main.tf"), resources.toString());
        Files.writeString(dir.resolve("outputs.tf"), outputs.toString());
    }
}
