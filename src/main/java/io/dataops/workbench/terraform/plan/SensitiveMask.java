package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces, in place, every value of a change's {@code before}/{@code after} that its sensitivity mirror marks,
 * so the trees a resource keeps for its (deferred) attribute diff hold no secret. Where both sides are sensitive,
 * the two marks say whether the hidden values were equal, so the diff still shows a sensitive change as changed.
 */
final class SensitiveMask {

    /** Never displayed: the mirror renders a marked value as {@link AttributeDiff#SENSITIVE}. */
    private static final TextNode MARK = TextNode.valueOf("\u0000sensitive");
    private static final TextNode MARK_CHANGED = TextNode.valueOf("\u0000sensitive-changed");

    private SensitiveMask() {
    }

    /** The masked before and after (either may be a new node when the whole value is sensitive). */
    static JsonNode[] apply(JsonNode before, JsonNode after, JsonNode beforeSensitive, JsonNode afterSensitive) {
        boolean hideBefore = MaskedJson.isSensitive(beforeSensitive) && !MaskedJson.isAbsent(before);
        boolean hideAfter = MaskedJson.isSensitive(afterSensitive) && !MaskedJson.isAbsent(after);
        if (hideBefore || hideAfter) {
            boolean same = !MaskedJson.isAbsent(before) && before.equals(after);
            JsonNode maskedBefore = hideBefore ? MARK : one(before, beforeSensitive);
            JsonNode maskedAfter = hideAfter ? (same && hideBefore ? MARK : MARK_CHANGED) : one(after, afterSensitive);
            return new JsonNode[] {maskedBefore, maskedAfter};
        }
        if (before instanceof ObjectNode b && after instanceof ObjectNode a) {
            for (String key : keys(b, a)) {
                JsonNode[] masked = apply(b.get(key), a.get(key), MaskedJson.child(beforeSensitive, key),
                        MaskedJson.child(afterSensitive, key));
                replace(b, key, masked[0]);
                replace(a, key, masked[1]);
            }
            return new JsonNode[] {b, a};
        }
        if (before instanceof ArrayNode b && after instanceof ArrayNode a) {
            for (int i = 0; i < Math.max(b.size(), a.size()); i++) {
                JsonNode[] masked = apply(b.get(i), a.get(i), MaskedJson.child(beforeSensitive, i),
                        MaskedJson.child(afterSensitive, i));
                if (i < b.size()) {
                    b.set(i, masked[0]);
                }
                if (i < a.size()) {
                    a.set(i, masked[1]);
                }
            }
            return new JsonNode[] {b, a};
        }
        return new JsonNode[] {one(before, beforeSensitive), one(after, afterSensitive)};
    }

    /** Masks one value on its own (the other side is absent or of another shape). */
    private static JsonNode one(JsonNode value, JsonNode sensitivity) {
        if (MaskedJson.isAbsent(value) || sensitivity == null || sensitivity.isMissingNode()) {
            return value;
        }
        if (MaskedJson.isSensitive(sensitivity)) {
            return MARK;
        }
        if (value instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String key : names) {
                object.set(key, one(object.get(key), MaskedJson.child(sensitivity, key)));
            }
        } else if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, one(array.get(i), MaskedJson.child(sensitivity, i)));
            }
        }
        return value;
    }

    private static Set<String> keys(ObjectNode before, ObjectNode after) {
        Set<String> keys = new LinkedHashSet<>();
        Iterator<String> names = before.fieldNames();
        names.forEachRemaining(keys::add);
        after.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void replace(ObjectNode object, String key, JsonNode value) {
        if (object.has(key)) {
            object.set(key, value);
        }
    }
}
