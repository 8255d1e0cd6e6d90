package io.dataops.workbench.terraform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.ConfigFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code .tf.json} file by writing it out in the native syntax (Terraform's JSON rules: strings are
 * templates, {@code type}, {@code depends_on} and addresses are expressions, variable defaults are
 * literal) and parsing that. The HCL JSON parser of the syntax layer is not available yet; until it is,
 * ranges in such files point into the generated text, so their lines are only approximate.
 */
final class JsonConfigConverter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TWO_LABELS = Set.of("resource", "data");
    private static final Set<String> ONE_LABEL = Set.of("variable", "output", "module", "provider", "check");
    /** Nested keys that are blocks in any body (everything else is an argument). */
    private static final Set<String> NESTED_BLOCKS = Set.of("lifecycle", "connection", "validation", "precondition",
            "postcondition", "content", "assert", "required_providers");
    private static final Set<String> LABELLED_NESTED = Set.of("provisioner", "dynamic", "backend", "data");
    private static final Set<String> EXPRESSION_KEYS = Set.of("type", "provider", "from", "to");

    private JsonConfigConverter() {
    }

    static ConfigFile parse(String json, String displayName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            return HclParser.parse("", displayName).diagnostics().isEmpty() ? invalid(displayName, e.getMessage())
                    : HclParser.parse("", displayName);
        }
        StringBuilder out = new StringBuilder();
        if (root != null && root.isObject()) {
            root.fields().forEachRemaining(e -> topLevel(e.getKey(), e.getValue(), out));
        }
        return HclParser.parse(out.toString(), displayName);
    }

    private static ConfigFile invalid(String displayName, String message) {
        ConfigFile empty = HclParser.parse("", displayName);
        Diagnostic error = Diagnostic.error("Invalid JSON", message, empty.body().range());
        return new ConfigFile(displayName, "", empty.segments(), List.of(error));
    }

    private static void topLevel(String key, JsonNode value, StringBuilder out) {
        if (TWO_LABELS.contains(key)) {
            value.fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(name ->
                    each(name.getValue(), body -> block(out, key, List.of(type.getKey(), name.getKey()), body, key))));
        } else if (ONE_LABEL.contains(key)) {
            value.fields().forEachRemaining(name ->
                    each(name.getValue(), body -> block(out, key, List.of(name.getKey()), body, key)));
        } else if (!key.equals("//")) {
            each(value, body -> block(out, key, List.of(), body, key));
        }
    }

    private static void each(JsonNode value, java.util.function.Consumer<JsonNode> action) {
        if (value.isArray()) {
            value.forEach(action);
        } else {
            action.accept(value);
        }
    }

    private static void block(StringBuilder out, String type, List<String> labels, JsonNode body, String context) {
        out.append(type);
        labels.forEach(l -> out.append(" \"").append(escape(l, true)).append('"'));
        out.append(" {\n");
        if (body.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) body::fields) {
                member(out, field.getKey(), field.getValue(), context);
            }
        }
        out.append("}\n");
    }

    private static void member(StringBuilder out, String key, JsonNode value, String context) {
        if (key.equals("//")) {
            return;
        }
        boolean locals = context.equals("locals");
        if (!locals && NESTED_BLOCKS.contains(key) && (value.isObject() || value.isArray())) {
            each(value, body -> block(out, key, List.of(), body, key));
        } else if (!locals && LABELLED_NESTED.contains(key) && value.isObject() && !context.equals("module")) {
            value.fields().forEachRemaining(label -> each(label.getValue(),
                    body -> block(out, key, List.of(label.getKey()), body, key)));
        } else {
            out.append(identifier(key)).append(" = ");
            value(out, value, mode(key, context));
            out.append('\n');
        }
    }

    private enum Mode { TEMPLATE, EXPRESSION, LITERAL }

    private static Mode mode(String key, String context) {
        if (context.equals("variable") && key.equals("default")) {
            return Mode.LITERAL;
        }
        if (EXPRESSION_KEYS.contains(key) || key.equals("depends_on") || key.equals("ignore_changes")) {
            return Mode.EXPRESSION;
        }
        return Mode.TEMPLATE;
    }

    private static void value(StringBuilder out, JsonNode value, Mode mode) {
        if (value.isTextual()) {
            if (mode == Mode.EXPRESSION) {
                out.append(value.textValue());
            } else {
                out.append('"').append(mode == Mode.LITERAL ? escape(value.textValue(), true)
                        : JsonTemplates.quote(value.textValue())).append('"');
            }
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                value(out, value.get(i), mode);
            }
            out.append(']');
        } else if (value.isObject()) {
            out.append("{\n");
            value.fields().forEachRemaining(f -> {
                out.append('"').append(escape(f.getKey(), true)).append("\" = ");
                value(out, f.getValue(), mode == Mode.LITERAL ? Mode.LITERAL : Mode.TEMPLATE);
                out.append('\n');
            });
            out.append('}');
        } else {
            out.append(value.isNull() ? "null" : value.asText());
        }
    }

    private static String identifier(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : "\"" + escape(key, true) + "\"";
    }

    /** Escapes literal text for a quoted HCL string; {@code literal} also escapes template sequences. */
    static String escape(String text, boolean literal) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t");
        return literal ? escaped.replace("${", "$${").replace("%{", "%%{") : escaped;
    }
}
