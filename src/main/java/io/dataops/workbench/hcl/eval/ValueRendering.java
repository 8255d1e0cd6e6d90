package io.dataops.workbench.hcl.eval;

import java.util.Map;
import java.util.stream.Collectors;

/** Renders values in HCL syntax on one line, for messages, test failures and the console. */
final class ValueRendering {

    private ValueRendering() {
    }

    static String render(HclValue value) {
        if (!value.isKnown()) {
            return "(known after apply)";
        }
        if (value.isNull()) {
            return "null";
        }
        HclType type = value.type();
        if (type == HclType.STRING) {
            return quote(value.asString());
        }
        if (type == HclType.NUMBER) {
            return BigFloatMath.format(value.asNumber());
        }
        if (type == HclType.BOOL) {
            return Boolean.toString(value.asBool());
        }
        if (type instanceof HclType.MapType || type instanceof HclType.ObjectType) {
            return value.entries().entrySet().stream()
                    .map(ValueRendering::renderEntry)
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        String elements = value.elements().stream().map(ValueRendering::render).collect(Collectors.joining(", "));
        if (type instanceof HclType.SetType) {
            return "toset([" + elements + "])";
        }
        if (type instanceof HclType.ListType) {
            return "tolist([" + elements + "])";
        }
        return "[" + elements + "]";
    }

    private static String renderEntry(Map.Entry<String, HclValue> e) {
        return quote(e.getKey()) + " = " + render(e.getValue());
    }

    /** A quoted HCL string literal, escaping what a template would otherwise interpret. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> {
                    out.append(c);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        out.append(c);
                    }
                }
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
