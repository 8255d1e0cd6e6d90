package io.dataops.workbench.hcl.json;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON reader (RFC 7159) that keeps what HCL needs: property order and duplicates, exact number
 * text and positions. It never throws: a syntax error is a diagnostic, the broken container is skipped
 * to its closing bracket, and nesting deeper than {@link #MAX_DEPTH} is refused.
 */
final class JsonReader {

    static final int MAX_DEPTH = 128;

    private final String text;
    private final SourcePositions positions;
    private final List<Diagnostic> diagnostics;
    private int p;
    private int depth;

    JsonReader(String text, String filename, List<Diagnostic> diagnostics) {
        this.text = text;
        this.positions = new SourcePositions(text, filename);
        this.diagnostics = diagnostics;
    }

    /** Reads the single value the file must hold. */
    JsonValue readDocument() {
        JsonValue value = readValue();
        skipSpace();
        if (p < text.length() && !(value instanceof JsonValue.JsonInvalid)) {
            error("Extraneous data after value", "Extra characters appear after the JSON value.", p, p + 1);
        }
        return value;
    }

    private JsonValue readValue() {
        skipSpace();
        if (p >= text.length()) {
            error("Missing JSON value", "A JSON value must start here, but the end of the file was found.", p, p);
            return new JsonValue.JsonInvalid(positions.span(p, p));
        }
        char c = text.charAt(p);
        if (c == '{' || c == '[') {
            if (depth >= MAX_DEPTH) {
                int start = p;
                error("Nesting too deep", "JSON values are nested more than " + MAX_DEPTH + " levels deep.", p, p + 1);
                skipContainer();
                return new JsonValue.JsonInvalid(positions.span(start, p));
            }
            depth++;
            try {
                return c == '{' ? readObject() : readArray();
            } finally {
                depth--;
            }
        }
        if (c == '"') {
            return readString();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return readNumber();
        }
        for (String keyword : new String[] {"true", "false", "null"}) {
            if (text.startsWith(keyword, p)) {
                int start = p;
                p += keyword.length();
                return new JsonValue.JsonKeyword(positions.span(start, p), keyword);
            }
        }
        int start = p;
        error("Invalid JSON value", "A JSON value (object, array, string, number, true, false or null) is expected here.",
                p, p + 1);
        p++;
        return new JsonValue.JsonInvalid(positions.span(start, p));
    }

    private JsonValue readObject() {
        int start = p++;
        List<JsonValue.Property> properties = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            p++;
            return new JsonValue.JsonObject(positions.span(start, p), properties);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                error("Missing property name", "A property name in double quotes is required here.", p, p + 1);
                return skipRestOf(start, properties);
            }
            JsonValue.JsonString key = readString();
            skipSpace();
            if (peek() != ':') {
                error("Missing colon", "A colon must follow the property name \"" + key.value() + "\".", p, p + 1);
                return skipRestOf(start, properties);
            }
            p++;
            JsonValue value = readValue();
            properties.add(new JsonValue.Property(key.value(), key.span(), value));
            if (value instanceof JsonValue.JsonInvalid) {
                return skipRestOf(start, properties);
            }
            skipSpace();
            char next = peek();
            if (next == ',') {
                p++;
            } else if (next == '}') {
                p++;
                return new JsonValue.JsonObject(positions.span(start, p), properties);
            } else {
                error("Missing comma", "A comma or a closing brace is required after an object property.", p, p + 1);
                return skipRestOf(start, properties);
            }
        }
    }

    private JsonValue.JsonObject skipRestOf(int start, List<JsonValue.Property> properties) {
        p = start;
        skipContainer();
        return new JsonValue.JsonObject(positions.span(start, p), properties);
    }

    private JsonValue readArray() {
        int start = p++;
        List<JsonValue> elements = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            p++;
            return new JsonValue.JsonArray(positions.span(start, p), elements);
        }
        while (true) {
            JsonValue element = readValue();
            elements.add(element);
            skipSpace();
            char next = peek();
            if (element instanceof JsonValue.JsonInvalid || (next != ',' && next != ']')) {
                if (!(element instanceof JsonValue.JsonInvalid)) {
                    error("Missing comma", "A comma or a closing bracket is required after an array element.", p, p + 1);
                }
                p = start;
                skipContainer();
                return new JsonValue.JsonArray(positions.span(start, p), elements);
            }
            p++;
            if (next == ']') {
                return new JsonValue.JsonArray(positions.span(start, p), elements);
            }
        }
    }

    /** From an opening bracket at p, moves past its closing partner (strings respected), or to the end. */
    private void skipContainer() {
        int nesting = 0;
        while (p < text.length()) {
            char c = text.charAt(p++);
            if (c == '"') {
                while (p < text.length() && text.charAt(p) != '"') {
                    p += text.charAt(p) == '\\' ? 2 : 1;
                }
                p = Math.min(p + 1, text.length());
            } else if (c == '{' || c == '[') {
                nesting++;
            } else if ((c == '}' || c == ']') && --nesting == 0) {
                return;
            }
        }
    }

    private JsonValue.JsonString readString() {
        int start = p++;
        StringBuilder value = new StringBuilder();
        boolean verbatim = true;
        while (p < text.length() && text.charAt(p) != '"') {
            char c = text.charAt(p);
            if (c == '\\' && p + 1 < text.length()) {
                verbatim = false;
                p += JsonEscapes.decode(text, p, value, this::escapeError);
            } else if (c < 0x20) {
                error("Invalid string", "Control characters (such as line breaks) must be escaped in JSON strings.", p, p + 1);
                value.append(c);
                p++;
            } else {
                value.append(c);
                p++;
            }
        }
        if (p >= text.length()) {
            error("Unterminated string", "The string has no closing quote before the end of the file.", start, start + 1);
        } else {
            p++;
        }
        return new JsonValue.JsonString(positions.span(start, p), value.toString(), verbatim);
    }

    private void escapeError(int at, int length) {
        error("Invalid escape sequence", "JSON allows only the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.",
                at, at + length);
    }

    private JsonValue readNumber() {
        int start = p;
        if (peek() == '-') {
            p++;
        }
        int digits = p;
        while (p < text.length() && Character.isDigit(text.charAt(p)) && text.charAt(p) < 128) {
            p++;
        }
        boolean valid = p > digits && !(text.charAt(digits) == '0' && p - digits > 1);
        if (peek() == '.') {
            p++;
            int fraction = p;
            while (p < text.length() && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                p++;
            }
            valid &= p > fraction;
        }
        if (peek() == 'e' || peek() == 'E') {
            p++;
            if (peek() == '+' || peek() == '-') {
                p++;
            }
            int exponent = p;
            while (p < text.length() && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                p++;
            }
            valid &= p > exponent;
        }
        if (!valid) {
            error("Invalid number", "This is not a valid JSON number.", start, Math.max(p, start + 1));
        }
        return new JsonValue.JsonNumber(positions.span(start, p), text.substring(start, p));
    }

    private char peek() {
        return p < text.length() ? text.charAt(p) : '\0';
    }

    private void skipSpace() {
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            p++;
        }
    }

    private void error(String summary, String detail, int start, int end) {
        Span span = positions.span(Math.min(start, text.length()), Math.min(end, text.length()));
        diagnostics.add(Diagnostic.error(summary, detail, span.range()));
    }
}
