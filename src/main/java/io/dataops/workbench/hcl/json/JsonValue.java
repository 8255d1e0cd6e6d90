package io.dataops.workbench.hcl.json;

import io.dataops.workbench.hcl.tree.Span;

import java.util.List;

/**
 * A JSON value with its position, as HCL's JSON syntax needs it: object properties keep their order and
 * duplicates, numbers keep their exact text.
 */
sealed interface JsonValue permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString,
        JsonValue.JsonNumber, JsonValue.JsonKeyword, JsonValue.JsonInvalid {

    Span span();

    /** How values are called in messages ("object", "array", ...). */
    default String kindName() {
        if (this instanceof JsonObject) {
            return "object";
        } else if (this instanceof JsonArray) {
            return "array";
        } else if (this instanceof JsonString) {
            return "string";
        } else if (this instanceof JsonNumber) {
            return "number";
        } else if (this instanceof JsonKeyword keyword) {
            return keyword.keyword().equals("null") ? "null" : "bool";
        }
        return "invalid value";
    }

    record JsonObject(Span span, List<Property> properties) implements JsonValue {
    }

    /** {@code "name": value}; {@code keySpan} covers the quoted name. */
    record Property(String name, Span keySpan, JsonValue value) {
    }

    record JsonArray(Span span, List<JsonValue> elements) implements JsonValue {
    }

    /** A string; {@code value} is decoded, {@code contentVerbatim} says it had no escapes. */
    record JsonString(Span span, String value, boolean contentVerbatim) implements JsonValue {
    }

    record JsonNumber(Span span, String text) implements JsonValue {
    }

    /** {@code true}, {@code false} or {@code null}. */
    record JsonKeyword(Span span, String keyword) implements JsonValue {
    }

    /** Where the reader found no valid value (a diagnostic says why). */
    record JsonInvalid(Span span) implements JsonValue {
    }
}
