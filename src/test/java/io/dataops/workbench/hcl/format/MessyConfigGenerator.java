package io.dataops.workbench.hcl.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates valid but badly formatted Terraform configurations from a seed: odd indentation (also tabs),
 * unaligned and unspaced {@code =}, comments of all three kinds in every place HCL allows them, nested
 * and one-line blocks, bare and quoted labels, heredocs, templates with directives and strip markers,
 * for expressions, splats, conditionals, function calls, multi-line tuples and objects, legacy
 * interpolation-only strings and legacy variable types, sometimes CRLF line endings.
 */
final class MessyConfigGenerator {
    private final Random random;
    private final MessyExpressions expressions;
    private final StringBuilder out = new StringBuilder();
    /** Attribute names used in each open body: HCL rejects an attribute defined twice in one body. */
    private final java.util.Deque<java.util.Set<String>> bodies = new java.util.ArrayDeque<>();

    MessyConfigGenerator(long seed) {
        this.random = new Random(seed);
        this.expressions = new MessyExpressions(random);
    }

    String generate() {
        bodies.push(new java.util.HashSet<>());
        int items = 1 + random.nextInt(6);
        for (int i = 0; i < items; i++) {
            topLevelItem();
        }
        String text = out.toString();
        if (random.nextInt(10) == 0) {
            text = text.replace("\n", "\r\n");
        }
        if (random.nextInt(8) == 0) {
            text = text.stripTrailing() + " ".repeat(random.nextInt(3)); // no final newline
        }
        return text;
    }

    private void topLevelItem() {
        switch (random.nextInt(9)) {
            case 0 -> commentLine(0);
            case 1 -> out.append(random.nextBoolean() ? "\n" : "  \n");
            case 2 -> variableBlock();
            case 3 -> attributeLine(0);
            default -> block(0, pick("resource", "data", "module", "output", "locals", "provider", "terraform"));
        }
    }

    private void variableBlock() {
        out.append("variable").append(labelSep()).append(label()).append(gap()).append("{").append(lineEnd());
        bodies.push(new java.util.HashSet<>(java.util.Set.of("type", "default", "description")));
        String type = pick("\"string\"", "\"list\"", "\"map\"", "string", "list", "map", "set", "list(string)",
                "map(any)", "object({ a = string, b = number })", "\"number\"", "any");
        out.append(indent(1)).append("type").append(gap()).append("=").append(gap()).append(type).append(lineEnd());
        if (random.nextBoolean()) {
            attributeLine(1, "default");
        }
        if (random.nextBoolean()) {
            out.append(indent(1)).append("description = \"").append(pick("x", "${var.a}", "a \\\"b\\\"")).append("\"\n");
        }
        if (random.nextInt(3) == 0) {
            block(1, "validation");
        }
        bodies.pop();
        out.append(indent(0)).append("}").append(lineEnd());
    }

    private void block(int depth, String type) {
        out.append(indent(depth)).append(type);
        int labels = type.equals("resource") || type.equals("data") ? 2
                : type.equals("locals") || type.equals("terraform") || depth > 0 ? (random.nextInt(4) == 0 ? 1 : 0) : 1;
        for (int i = 0; i < labels; i++) {
            out.append(labelSep()).append(label());
        }
        out.append(gap());
        if (random.nextInt(6) == 0) {
            oneLineBlockBody();
            return;
        }
        out.append("{").append(lineEnd());
        bodies.push(new java.util.HashSet<>());
        int items = random.nextInt(7);
        for (int i = 0; i < items; i++) {
            switch (random.nextInt(10)) {
                case 0 -> commentLine(depth + 1);
                case 1 -> out.append("\n");
                case 2 -> {
                    if (depth < 3) {
                        block(depth + 1, pick("lifecycle", "tags", "ingress", "dynamic", "content", "nested"));
                    }
                }
                default -> attributeLine(depth + 1);
            }
        }
        bodies.pop();
        out.append(indent(depth)).append("}").append(lineEnd());
    }

    private void oneLineBlockBody() {
        if (random.nextBoolean()) {
            out.append("{}").append(lineEnd());
        } else {
            out.append("{").append(gap()).append(name()).append(gap()).append("=").append(gap())
                    .append(expressions.singleLine(1)).append(gap()).append("}").append(lineEnd());
        }
    }

    private void attributeLine(int depth) {
        String name = name();
        if (bodies.peek().add(name)) {
            attributeLine(depth, name);
        }
    }

    private void attributeLine(int depth, String name) {
        out.append(indent(depth)).append(name).append(gap()).append("=");
        if (random.nextInt(12) == 0) {
            out.append(gap()).append("/* c */");
        }
        out.append(gap());
        switch (random.nextInt(8)) {
            case 0 -> heredoc(depth);
            case 1 -> out.append(expressions.multiLine(depth, this::indent)).append(lineEnd());
            default -> out.append(expressions.singleLine(0)).append(lineEnd());
        }
    }

    private void heredoc(int depth) {
        boolean flush = random.nextBoolean();
        String marker = pick("EOT", "EOF", "POLICY");
        out.append(flush ? "<<-" : "<<").append(marker).append("\n");
        int lines = random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            out.append(" ".repeat(random.nextInt(6)))
                    .append(pick("plain text", "value ${ var.x }!", "%{ if var.b }yes%{ endif }", "${~var.y~}",
                            "  {\"json\": true}", "$${not_interp}", ""))
                    .append("\n");
        }
        // The closing marker must be alone on its line.
        out.append(flush ? " ".repeat(random.nextInt(5)) : "").append(marker).append("\n");
    }

    private void commentLine(int depth) {
        out.append(random.nextInt(3) == 0 ? " ".repeat(random.nextInt(7)) : indent(depth))
                .append(pick("# a comment", "// slashes", "/* block */", "/* multi\n   line */", "#", "# trailing   "))
                .append("\n");
    }

    /** A line end, often with a trailing comment or spaces. */
    private String lineEnd() {
        return switch (random.nextInt(7)) {
            case 0 -> gap() + "# note\n";
            case 1 -> gap() + "// note " + random.nextInt(100) + "\n";
            case 2 -> " /* inline */\n";
            case 3 -> "   \n";
            default -> "\n";
        };
    }

    private String label() {
        String name = name();
        return random.nextInt(4) == 0 ? name : "\"" + pick(name, name + "_x", "with space", "esc\\\"q", "a\\u00e9") + "\"";
    }

    private String labelSep() {
        return random.nextInt(8) == 0 ? " /* l */ " : " ".repeat(1 + random.nextInt(2));
    }

    private String name() {
        return pick("ami", "instance_type", "count", "tags", "name", "x", "very_long_attribute_name", "for_each",
                "a-b", "enabled", "cidr_blocks", "source", "depends_on", "value");
    }

    String indent(int depth) {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> " ".repeat(random.nextInt(9));
            case 2 -> "\t".repeat(depth);
            default -> "  ".repeat(depth);
        };
    }

    private String gap() {
        return MessyExpressions.gap(random);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    static List<String> cases(long seed, int count) {
        List<String> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(new MessyConfigGenerator(seed * 1_000_003L + i).generate());
        }
        return cases;
    }
}
