package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataops.workbench.terraform.plan.AttributeDiff.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the attribute-level diff of one resource change from before/after, the unknown mirror and the two
 * sensitivity mirrors, like HCP Terraform's structured run output: changed attributes first, nested objects
 * and lists as children, unknown values as {@code (known after apply)}, sensitive ones masked.
 */
final class AttributeDiffBuilder {

    private static final Comparator<AttributeDiff> CHANGED_FIRST =
            Comparator.comparing((AttributeDiff diff) -> !diff.isChanged()).thenComparing(AttributeDiff::name);

    private final Set<String> replacePaths;

    AttributeDiffBuilder(Set<String> replacePaths) {
        this.replacePaths = replacePaths;
    }

    /** The top-level attributes of a resource (before and after are objects, or null). */
    List<AttributeDiff> build(JsonNode before, JsonNode after, JsonNode unknown, JsonNode beforeSensitive,
                              JsonNode afterSensitive) {
        return objectChildren("", before, after, unknown, beforeSensitive, afterSensitive);
    }

    /** One value (an output's before and after). */
    AttributeDiff value(String name, JsonNode before, JsonNode after, JsonNode unknown, JsonNode beforeSensitive,
                        JsonNode afterSensitive) {
        return diff(name, name, before, after, unknown, beforeSensitive, afterSensitive);
    }

    private AttributeDiff diff(String name, String path, JsonNode before, JsonNode after, JsonNode unknown,
                               JsonNode beforeSensitive, JsonNode afterSensitive) {
        boolean sensitive = MaskedJson.isSensitive(beforeSensitive) || MaskedJson.isSensitive(afterSensitive);
        boolean isUnknown = MaskedJson.isSensitive(unknown); // same shape: true marks an unknown value
        boolean forces = replacePaths.contains(path);
        if (!sensitive && !isUnknown && bothContainersOfOneKind(before, after)) {
            List<AttributeDiff> children = isObject(before, after)
                    ? objectChildren(path, before, after, unknown, beforeSensitive, afterSensitive)
                    : listChildren(path, before, after, unknown, beforeSensitive, afterSensitive);
            return new AttributeDiff(name, path, containerChange(before, after, children), "", "", false, false,
                    forces, children);
        }
        Change change = leafChange(before, after, isUnknown);
        String beforeText = before == null || before.isMissingNode() ? "" : MaskedJson.render(before, beforeSensitive);
        boolean same = change == Change.UNCHANGED && before != null && java.util.Objects.equals(beforeSensitive,
                afterSensitive);
        String afterText = isUnknown ? AttributeDiff.KNOWN_AFTER_APPLY
                : same ? beforeText // most attributes do not change: render once
                : after == null || after.isMissingNode() ? "" : MaskedJson.render(after, afterSensitive);
        return new AttributeDiff(name, path, change, beforeText, afterText, sensitive, isUnknown, forces, List.of());
    }

    private List<AttributeDiff> objectChildren(String path, JsonNode before, JsonNode after, JsonNode unknown,
                                               JsonNode beforeSensitive, JsonNode afterSensitive) {
        Set<String> keys = new TreeSet<>();
        addKeys(keys, before);
        addKeys(keys, after);
        addKeys(keys, unknown);
        List<AttributeDiff> children = new ArrayList<>(keys.size());
        for (String key : keys) {
            children.add(diff(key, path.isEmpty() ? key : path + "." + key, field(before, key), field(after, key),
                    MaskedJson.child(unknown, key), MaskedJson.child(beforeSensitive, key),
                    MaskedJson.child(afterSensitive, key)));
        }
        children.sort(CHANGED_FIRST);
        return children;
    }

    private List<AttributeDiff> listChildren(String path, JsonNode before, JsonNode after, JsonNode unknown,
                                             JsonNode beforeSensitive, JsonNode afterSensitive) {
        int size = Math.max(size(before), size(after));
        List<AttributeDiff> children = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            children.add(diff("[" + i + "]", path + "[" + i + "]", element(before, i), element(after, i),
                    MaskedJson.child(unknown, i), MaskedJson.child(beforeSensitive, i),
                    MaskedJson.child(afterSensitive, i)));
        }
        return children; // list order is meaningful: not resorted
    }

    private static Change leafChange(JsonNode before, JsonNode after, boolean unknown) {
        boolean hadValue = !MaskedJson.isAbsent(before);
        boolean hasValue = unknown || !MaskedJson.isAbsent(after);
        if (!hadValue && hasValue) {
            return Change.ADDED;
        }
        if (hadValue && !hasValue) {
            return Change.REMOVED;
        }
        if (unknown || (hadValue && !before.equals(after))) {
            return Change.CHANGED;
        }
        return Change.UNCHANGED;
    }

    private static Change containerChange(JsonNode before, JsonNode after, List<AttributeDiff> children) {
        if (MaskedJson.isAbsent(before) && !MaskedJson.isAbsent(after)) {
            return Change.ADDED;
        }
        if (!MaskedJson.isAbsent(before) && MaskedJson.isAbsent(after)) {
            return Change.REMOVED;
        }
        return children.stream().anyMatch(AttributeDiff::isChanged) ? Change.CHANGED : Change.UNCHANGED;
    }

    private static boolean bothContainersOfOneKind(JsonNode before, JsonNode after) {
        boolean beforeAbsent = MaskedJson.isAbsent(before);
        boolean afterAbsent = MaskedJson.isAbsent(after);
        if (beforeAbsent && afterAbsent) {
            return false;
        }
        if (beforeAbsent) {
            return after.isContainerNode();
        }
        if (afterAbsent) {
            return before.isContainerNode();
        }
        return (before.isObject() && after.isObject()) || (before.isArray() && after.isArray());
    }

    private static boolean isObject(JsonNode before, JsonNode after) {
        return MaskedJson.isAbsent(before) ? after.isObject() : before.isObject();
    }

    private static void addKeys(Set<String> keys, JsonNode node) {
        if (node != null && node.isObject()) {
            Iterator<String> names = node.fieldNames();
            names.forEachRemaining(keys::add);
        }
    }

    private static JsonNode field(JsonNode node, String key) {
        return node != null && node.isObject() ? node.get(key) : null;
    }

    private static JsonNode element(JsonNode node, int index) {
        return node != null && node.isArray() ? node.get(index) : null;
    }

    private static int size(JsonNode node) {
        return node != null && node.isArray() ? node.size() : 0;
    }
}
