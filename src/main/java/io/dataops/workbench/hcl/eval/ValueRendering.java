package io.dataops.workbench.hcl.eval;

import static io.dataops.workbench.hcl.HclStrings.quote;

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
}
