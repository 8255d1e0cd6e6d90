package io.dataops.workbench.terraform.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates offline configurations (terraform_data, locals, variables, a nested local module) for the
 * differential tests, with mutations of one Terraform validation phase at a time, since Terraform stops
 * after the first phase that fails: load-time errors (duplicates, bad defaults), module-call errors
 * (arguments), or reference errors (undeclared names, missing outputs, count/each out of place).
 */
final class CaseGenerator {

    enum Phase { NONE, LOAD, CALL, REFERENCE }

    private final Random random;
    private final Phase phase;

    private final int maxMutations;

    /** @param maxMutations mutations per case module, at least one */
    CaseGenerator(long seed, Phase phase, int maxMutations) {
        this.random = new Random(seed);
        this.phase = phase;
        this.maxMutations = maxMutations;
    }

    /** A root module calling {@code cases} generated case modules, as relative path to text. */
    Map<String, String> batch(int cases) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder root = new StringBuilder();
        for (int i = 0; i < cases; i++) {
            root.append("module \"case").append(i).append("\" {\n  source = \"./case").append(i).append("\"\n}\n");
            caseModule("case" + i, files);
        }
        files.put("main.tf", root.toString());
        return files;
    }

    private void caseModule(String dir, Map<String, String> files) {
        int vars = 2 + random.nextInt(3);
        int locals = 2 + random.nextInt(4);
        int resources = 2 + random.nextInt(4);
        StringBuilder main = new StringBuilder();
        List<String> values = new ArrayList<>();
        for (int v = 0; v < vars; v++) {
            main.append("variable \"v").append(v).append("\" {\n  type    = string\n  default = \"d").append(v)
                    .append("\"\n}\n");
            values.add("var.v" + v);
        }
        main.append("variable \"names\" {\n  type    = list(string)\n  default = [\"a\", \"b\"]\n}\n");
        main.append("locals {\n");
        for (int l = 0; l < locals; l++) {
            int shape = random.nextInt(5);
            main.append("  l").append(l).append(" = ").append(localExpression(shape, values)).append('\n');
            // Only string-valued expressions go on, so that every generated use is well-typed.
            values.add("local.l" + l + (shape == 2 ? "[0]" : shape == 4 ? ".key" : ""));
        }
        main.append("}\n");
        for (int r = 0; r < resources; r++) {
            int shape = random.nextInt(3);
            main.append("resource \"terraform_data\" \"r").append(r).append("\" {\n");
            if (shape == 1) {
                main.append("  count = 2\n  input = \"${").append(pick(values)).append("}-${count.index}\"\n");
            } else if (shape == 2) {
                main.append("  for_each = toset(var.names)\n  input    = \"${each.key}-${").append(pick(values))
                        .append("}\"\n");
            } else {
                main.append("  input = ").append(pick(values)).append('\n');
            }
            main.append("}\n");
            values.add(shape == 0 ? "terraform_data.r" + r + ".output"
                    : shape == 1 ? "terraform_data.r" + r + "[0].output" : "terraform_data.r" + r + "[\"a\"].output");
        }
        main.append("module \"sub\" {\n  source = \"./sub\"\n  name   = ").append(pick(values)).append("\n}\n");
        values.add("module.sub.id");
        main.append("output \"out\" {\n  value = [").append(pick(values)).append(", ").append(pick(values))
                .append("]\n}\n");
        files.put(dir + "/sub/main.tf", "variable \"name\" {\n  type = string\n}\nresource \"terraform_data\" \"s\" {\n"
                + "  input = var.name\n}\noutput \"id\" {\n  value = terraform_data.s.id\n}\n");
        files.put(dir + "/main.tf", main.toString());
        files.put(dir + "/mutations.tf", mutations());
    }

    private String localExpression(int shape, List<String> values) {
        return switch (shape) {
            case 0 -> "\"${" + pick(values) + "}-x\"";
            case 1 -> "upper(" + pick(values) + ")";
            case 2 -> "[for s in var.names : \"${s}-${" + pick(values) + "}\"]";
            case 3 -> "length(var.names) > 1 ? " + pick(values) + " : \"none\"";
            default -> "{ key = " + pick(values) + " }";
        };
    }

    private String mutations() {
        StringBuilder out = new StringBuilder();
        int count = 1 + random.nextInt(maxMutations);
        for (int m = 0; m < count; m++) {
            out.append(switch (phase) {
                case NONE -> "";
                case LOAD -> loadMutation(m);
                case CALL -> callMutation(m);
                case REFERENCE -> referenceMutation(m);
            });
        }
        return out.toString();
    }

    private String loadMutation(int m) {
        return switch (random.nextInt(4)) {
            case 0 -> "variable \"v0\" {}\n";
            case 1 -> "resource \"terraform_data\" \"r0\" {}\n";
            case 2 -> "output \"out\" {\n  value = 1\n}\n";
            default -> "variable \"bad" + m + "\" {\n  type    = number\n  default = \"abc\"\n}\n";
        };
    }

    private String callMutation(int m) {
        return random.nextBoolean() ? "module \"missing" + m + "\" {\n  source = \"./sub\"\n}\n"
                : "module \"extra" + m + "\" {\n  source = \"./sub\"\n  name   = \"x\"\n  nope   = 1\n}\n";
    }

    private String referenceMutation(int m) {
        if (random.nextInt(9) == 0) {
            // A constant of the wrong type for a module argument: found in the same phase as references.
            return "module \"typed" + m + "\" {\n  source = \"./sub\"\n  name   = [\"not\", \"a\", \"string\"]\n}\n";
        }
        String value = switch (random.nextInt(8)) {
            case 0 -> "var.undeclared" + m;
            case 1 -> "local.undeclared" + m;
            case 2 -> "terraform_data.undeclared" + m + ".id";
            case 3 -> "module.undeclared" + m + ".id";
            case 4 -> "module.sub.no_such_output";
            case 5 -> "data.terraform_remote_state.undeclared" + m + ".outputs";
            case 6 -> "count.index";
            default -> "path.nope";
        };
        return "output \"mutated" + m + "\" {\n  value = " + value + "\n}\n";
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
