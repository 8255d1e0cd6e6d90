package io.dataops.workbench.quality.validation.expectations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The common part of JSON Schema (draft 4 to 7) that column schemas use: type, properties, required,
 * additionalProperties, items, enum, const, minimum/maximum (exclusive too), minLength/maxLength, pattern,
 * minItems/maxItems, and allOf/anyOf/oneOf/not. Unknown keywords are ignored, as validators do.
 */
final class JsonSchemaCheck {

    private JsonSchemaCheck() {
    }

    static boolean valid(JsonNode value, JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return true;
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            return false;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            return false;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            return false;
        }
        if (value.isNumber() && !numberOk(value.asDouble(), schema)) {
            return false;
        }
        if (value.isTextual() && !textOk(value.asText(), schema)) {
            return false;
        }
        if (value.isObject() && !objectOk(value, schema)) {
            return false;
        }
        if (value.isArray() && !arrayOk(value, schema)) {
            return false;
        }
        return combinatorsOk(value, schema);
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode item : list) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean numberOk(double x, JsonNode s) {
        return !(s.has("minimum") && x < s.get("minimum").asDouble()
                || s.has("maximum") && x > s.get("maximum").asDouble()
                || s.has("exclusiveMinimum") && s.get("exclusiveMinimum").isNumber() && x <= s.get("exclusiveMinimum").asDouble()
                || s.has("exclusiveMaximum") && s.get("exclusiveMaximum").isNumber() && x >= s.get("exclusiveMaximum").asDouble());
    }

    private static boolean textOk(String text, JsonNode s) {
        int length = text.codePointCount(0, text.length());
        return !(s.has("minLength") && length < s.get("minLength").asInt()
                || s.has("maxLength") && length > s.get("maxLength").asInt()
                || s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(text).find());
    }

    private static boolean objectOk(JsonNode value, JsonNode s) {
        if (s.has("required")) {
            for (JsonNode name : s.get("required")) {
                if (!value.has(name.asText())) {
                    return false;
                }
            }
        }
        JsonNode properties = s.get("properties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (properties != null && properties.has(field.getKey())) {
                if (!valid(field.getValue(), properties.get(field.getKey()))) {
                    return false;
                }
            } else if (s.has("additionalProperties")) {
                JsonNode additional = s.get("additionalProperties");
                if (additional.isBoolean() && !additional.asBoolean() || additional.isObject() && !valid(field.getValue(), additional)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean arrayOk(JsonNode value, JsonNode s) {
        if (s.has("minItems") && value.size() < s.get("minItems").asInt()
                || s.has("maxItems") && value.size() > s.get("maxItems").asInt()) {
            return false;
        }
        if (s.has("items") && s.get("items").isObject()) {
            for (JsonNode item : value) {
                if (!valid(item, s.get("items"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean combinatorsOk(JsonNode value, JsonNode s) {
        if (s.has("allOf")) {
            for (JsonNode sub : s.get("allOf")) {
                if (!valid(value, sub)) {
                    return false;
                }
            }
        }
        if (s.has("anyOf")) {
            boolean any = false;
            for (JsonNode sub : s.get("anyOf")) {
                any |= valid(value, sub);
            }
            if (!any) {
                return false;
            }
        }
        if (s.has("oneOf")) {
            int count = 0;
            for (JsonNode sub : s.get("oneOf")) {
                count += valid(value, sub) ? 1 : 0;
            }
            if (count != 1) {
                return false;
            }
        }
        return !(s.has("not") && valid(value, s.get("not")));
    }
}
