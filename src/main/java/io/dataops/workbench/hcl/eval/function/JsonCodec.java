package io.dataops.workbench.hcl.eval.function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dataops.workbench.hcl.eval.BigFloatMath;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as cty's json package writes and reads it: keys in sorted order, numbers at full precision, and
 * {@code <}, {@code >}, {@code &} escaped as Go does; decoding gives objects and tuples (the types JSON implies).
 */
final class JsonCodec {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonCodec() {
    }

    /** The value as JSON; unknown values must have been ruled out by the caller. */
    static String encode(HclValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(HclValue value, StringBuilder out) {
        if (value.isNull()) {
            out.append("null");
            return;
        }
        HclType type = value.type();
        if (type == HclType.STRING) {
            quote(value.asString(), out);
        } else if (type == HclType.NUMBER) {
            out.append(BigFloatMath.format(value.asNumber()));
        } else if (type == HclType.BOOL) {
            out.append(value.asBool());
        } else if (type instanceof HclType.MapType || type instanceof HclType.ObjectType) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, HclValue> e : value.entries().entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                quote(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else {
            out.append('[');
            List<HclValue> elements = value.elements();
            for (int i = 0; i < elements.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(elements.get(i), out);
            }
            out.append(']');
        }
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses one JSON value; throws IOException with a message for invalid or trailing input. */
    static HclValue decode(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("unexpected end of JSON input");
            }
            HclValue value = read(parser, first);
            if (parser.nextToken() != null) {
                throw new IOException("extraneous data after JSON value");
            }
            return value;
        }
    }

    private static HclValue read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, HclValue> attrs = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    attrs.put(name, read(parser, parser.nextToken()));
                }
                return HclValue.object(attrs);
            }
            case START_ARRAY: {
                List<HclValue> elements = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    elements.add(read(parser, t));
                }
                return HclValue.tuple(elements);
            }
            case VALUE_STRING:
                return HclValue.string(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return HclValue.number(new java.math.BigDecimal(parser.getText()));
            case VALUE_TRUE:
                return HclValue.TRUE;
            case VALUE_FALSE:
                return HclValue.FALSE;
            case VALUE_NULL:
                return HclValue.NULL;
            default:
                throw new IOException("unexpected JSON token " + token);
        }
    }
}
