package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders a JSON value as display text with Terraform's sensitivity mirror applied: wherever the mirror
 * ({@code before_sensitive}/{@code after_sensitive}) is {@code true}, the text says {@code (sensitive value)}.
 * This is the only way plan values become text, so a sensitive value can never reach a label, a log or the
 * workspace.
 */
final class MaskedJson {

    static final int MAX_LENGTH = 2_000;

    private MaskedJson() {
    }

    static boolean isSensitive(JsonNode mirror) {
        return mirror != null && mirror.isBoolean() && mirror.booleanValue();
    }

    static boolean isAbsent(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull();
    }

    /** The child of a mirror (sensitivity or unknown) for a key or index; a boolean mirror applies to all children. */
    static JsonNode child(JsonNode mirror, String key) {
        if (mirror == null || mirror.isBoolean()) {
            return mirror;
        }
        return mirror.get(key);
    }

    static JsonNode child(JsonNode mirror, int index) {
        if (mirror == null || mirror.isBoolean()) {
            return mirror;
        }
        return mirror.get(index);
    }

    static String render(JsonNode value, JsonNode sensitivity) {
        StringBuilder text = new StringBuilder();
        append(text, value, sensitivity);
        if (text.length() > MAX_LENGTH) {
            return text.substring(0, MAX_LENGTH) + "\u2026";
        }
        return text.toString();
    }

    private static void append(StringBuilder text, JsonNode value, JsonNode sensitivity) {
        if (isSensitive(sensitivity)) {
            text.append(AttributeDiff.SENSITIVE);
        } else if (value == null || value.isMissingNode() || value.isNull()) {
            text.append("null");
        } else if (value.isTextual()) {
            text.append(quoted(value.textValue()));
        } else if (value.isObject()) {
            text.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext() && text.length() <= MAX_LENGTH) {
                Map.Entry<String, JsonNode> field = fields.next();
                text.append(field.getKey()).append(" = ");
                append(text, field.getValue(), child(sensitivity, field.getKey()));
                text.append(fields.hasNext() ? ", " : "");
            }
            text.append('}');
        } else if (value.isArray()) {
            text.append('[');
            for (int i = 0; i < value.size() && text.length() <= MAX_LENGTH; i++) {
                append(text, value.get(i), child(sensitivity, i));
                text.append(i + 1 < value.size() ? ", " : "");
            }
            text.append(']');
        } else {
            text.append(value.asText());
        }
    }

    /** A JSON string literal; hand-written because JsonNode.toString() goes through a whole ObjectWriter per call. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
