package io.dataops.workbench.hcl.format;

import java.util.Random;
import java.util.function.IntFunction;

/** Random HCL expressions with random spacing, for {@link MessyConfigGenerator}. */
final class MessyExpressions {
    private final Random random;

    MessyExpressions(Random random) {
        this.random = random;
    }

    /** Zero to three spaces. */
    static String gap(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1, 2 -> " ";
            case 3 -> "  ";
            default -> "   ";
        };
    }

    /** An expression on one line. */
    String singleLine(int depth) {
        int choice = random.nextInt(depth > 2 ? 6 : 22);
        return switch (choice) {
            case 0 -> pick("1", "42", "3.14", "1e3", "0", "true", "false", "null");
            case 1 -> pick("var.x", "local.a.b", "aws_instance.web[0].id", "module.m.out", "data.d.e.f", "each.value",
                    "count.index", "x.0.y", "var.list[count.index]");
            case 2 -> quoted();
            case 3 -> pick("\"${var.x}\"", "\"${ var.name }\"", "\"${local.a}${local.b}\"", "\"${~ var.x ~}\"",
                    "\"${f(\"${var.y}\")}\"", "\"${ {a = 1} }\"");
            case 4 -> "\"%{" + gap() + "if var.b" + gap() + "}yes%{" + gap() + "else" + gap() + "}no%{ endif }\"";
            case 5 -> pick("\"plain\"", "\"\"", "\"with \\\"escapes\\\" \\n\"", "\"$${literal} %%{x}\"", "\"100%\"");
            case 6 -> call(depth);
            case 7 -> binary(depth);
            case 8 -> pick("-", "!") + singleLine(3);
            case 9 -> singleLine(depth + 1) + gap() + "?" + gap() + singleLine(depth + 1) + gap() + ":" + gap()
                    + singleLine(depth + 1);
            case 10 -> "(" + gap() + singleLine(depth + 1) + gap() + ")";
            case 11 -> "[" + gap() + list(depth) + gap() + "]";
            case 12 -> "{" + gap() + objectItems(depth) + gap() + "}";
            case 13 -> "[for" + " x in " + pick("var.list", "[1, 2]", "local.m") + gap() + ":" + gap()
                    + pick("upper(x)", "x", "x*2") + (random.nextBoolean() ? " if x != \"\"" : "") + gap() + "]";
            case 14 -> "{for k," + gap() + "v in var.m" + gap() + ":" + gap() + "k" + gap() + "=>" + gap() + "v"
                    + (random.nextBoolean() ? "..." : "") + gap() + "}";
            case 15 -> pick("var.list[*].id", "var.list.*.id", "aws_instance.web[*]", "var.m [\"key\"]", "x [0]",
                    "local.l[0][1]");
            case 16 -> "provider::" + pick("aws", "terraform") + "::" + pick("arn_parse", "encode") + "(" + gap()
                    + quoted() + gap() + ")";
            case 17 -> "f(" + gap() + "var.list" + gap() + "..." + gap() + ")";
            case 18 -> "-" + gap() + "1" + gap() + "-" + gap() + "-2";
            case 19 -> "[for s in var.list" + gap() + ":" + gap() + "s if s" + gap() + "==" + gap() + "\"a\"]";
            default -> pick("var.x", "1", "\"s\"");
        };
    }

    private String quoted() {
        return "\"" + pick("hello", "a ${var.x} b", "${var.a}-${var.b}", "pre ${upper(var.c)}", "${ var.x}",
                "é ü", "tab\\t") + "\"";
    }

    private String call(int depth) {
        String name = pick("max", "lookup", "concat", "format", "jsonencode", "merge", "coalesce");
        StringBuilder args = new StringBuilder();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            args.append(i > 0 ? "," + gap() : "").append(singleLine(depth + 1));
        }
        return name + "(" + gap() + args + gap() + ")";
    }

    private String list(int depth) {
        StringBuilder items = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            items.append(i > 0 ? "," + gap() : "").append(singleLine(depth + 1));
        }
        return items.toString();
    }

    private String objectItems(int depth) {
        StringBuilder items = new StringBuilder();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            items.append(i > 0 ? "," + gap() : "").append(key()).append(gap()).append(random.nextBoolean() ? "=" : ":")
                    .append(gap()).append(singleLine(depth + 1));
        }
        return items.toString();
    }

    private String key() {
        return pick("a", "name", "\"quoted key\"", "long_key_name", "(var.k)");
    }

    /** A tuple, object, call or template spanning several lines, with comments inside. */
    String multiLine(int depth, IntFunction<String> indent) {
        return switch (random.nextInt(5)) {
            case 0 -> {
                StringBuilder sb = new StringBuilder("[\n");
                int n = 1 + random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(indent.apply(depth + 1)).append(singleLine(1)).append(i < n - 1 || random.nextBoolean() ? "," : "")
                            .append(random.nextInt(4) == 0 ? " # item\n" : "\n");
                }
                yield sb.append(indent.apply(depth)).append("]").toString();
            }
            case 1 -> {
                StringBuilder sb = new StringBuilder("{\n");
                int n = 1 + random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    if (random.nextInt(5) == 0) {
                        sb.append(indent.apply(depth + 1)).append("# about the next key\n");
                    }
                    sb.append(indent.apply(depth + 1)).append(key()).append(gap()).append(random.nextBoolean() ? "=" : ":")
                            .append(gap()).append(i % 3 == 2 ? multiLine(depth + 1, indent) : singleLine(1))
                            .append(random.nextInt(4) == 0 ? "," : "").append(random.nextInt(4) == 0 ? " // v\n" : "\n");
                }
                yield sb.append(indent.apply(depth)).append("}").toString();
            }
            case 2 -> "merge(\n" + indent.apply(depth + 1) + singleLine(1) + ",\n" + indent.apply(depth + 1)
                    + singleLine(1) + "\n" + indent.apply(depth) + ")";
            case 3 -> "\"${\n" + indent.apply(depth + 1) + pick("var.x", "var.a ? var.b : var.c", "f(var.y)") + "\n"
                    + indent.apply(depth) + "}\"";
            default -> "var.enabled ? [\n" + indent.apply(depth + 1) + singleLine(1) + "\n" + indent.apply(depth)
                    + "] : []";
        };
    }

    /** An operator with random spacing, but never "name-" (a dash would continue the name). */
    private String binary(int depth) {
        String left = singleLine(depth + 1);
        String op = pick("+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||");
        String before = Character.isLetterOrDigit(left.charAt(left.length() - 1)) || left.endsWith("_") ? " " + gap() : gap();
        return left + before + op + gap() + singleLine(depth + 1);
    }

    private String gap() {
        return gap(random);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
