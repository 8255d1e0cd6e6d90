package io.dataops.workbench.terraform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.eval.HclValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values from a {@code .tfvars.json} file, and JSON values in general, as HCL values. */
final class JsonValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {
    }

    static void read(String text, String name, Map<String, VariableValues.Assigned> values, List<Diagnostic> diagnostics) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "Invalid JSON",
                    e.getOriginalMessage(), VariableValues.start(name)));
            return;
        }
        if (tree == null || !tree.isObject()) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "Invalid variables file",
                    "The root of a .tfvars.json file must be an object.", VariableValues.start(name)));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            values.put(field.getKey(), new VariableValues.Assigned(value(field.getValue()), VariableValues.start(name)));
        }
    }

    static HclValue value(JsonNode node) {
        if (node == null || node.isNull()) {
            return HclValue.NULL;
        }
        if (node.isBoolean()) {
            return HclValue.bool(node.booleanValue());
        }
        if (node.isNumber()) {
            return HclValue.number(new BigDecimal(node.asText()));
        }
        if (node.isTextual()) {
            return HclValue.string(node.textValue());
        }
        if (node.isArray()) {
            List<HclValue> elements = new ArrayList<>();
            node.forEach(e -> elements.add(value(e)));
            return HclValue.tuple(elements);
        }
        Map<String, HclValue> attributes = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> attributes.put(f.getKey(), value(f.getValue())));
        return HclValue.object(attributes);
    }
}
