package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns one {@code resource_changes}, {@code resource_drift} or {@code output_changes} entry (a small tree) into the masked model. */
final class ChangeNodes {

    private ChangeNodes() {
    }

    static ResourceChange resource(JsonNode node) {
        JsonNode change = node.path("change");
        List<String> replacePaths = replacePaths(change.path("replace_paths"));
        JsonNode importing = change.get("importing");
        boolean isImporting = importing != null && importing.isObject();
        JsonNode beforeSensitive = change.get("before_sensitive");
        JsonNode afterSensitive = change.get("after_sensitive");
        JsonNode[] masked = SensitiveMask.apply(change.get("before"), change.get("after"), beforeSensitive,
                afterSensitive);
        List<AttributeDiff> attributes = new DeferredAttributes(masked[0], masked[1], change.get("after_unknown"),
                beforeSensitive, afterSensitive, Set.copyOf(replacePaths));
        return new ResourceChange(text(node, "address"), text(node, "previous_address"),
                text(node, "module_address"), text(node, "mode"), text(node, "type"), text(node, "name"),
                index(node.get("index")), text(node, "provider_name"), text(node, "deposed"),
                PlanAction.fromJson(actions(change)), text(node, "action_reason"), isImporting,
                isImporting ? text(importing, "id") : "", replacePaths, attributes);
    }

    static OutputChange output(String name, JsonNode change) {
        AttributeDiff diff = new AttributeDiffBuilder(Set.of()).value(name, change.get("before"), change.get("after"),
                change.get("after_unknown"), change.get("before_sensitive"), change.get("after_sensitive"));
        String before = diff.isNested() ? MaskedJson.render(change.get("before"), change.get("before_sensitive"))
                : diff.before();
        String after = diff.isNested() ? MaskedJson.render(change.get("after"), change.get("after_sensitive"))
                : diff.after();
        boolean sensitive = MaskedJson.isSensitive(change.get("before_sensitive"))
                || MaskedJson.isSensitive(change.get("after_sensitive"));
        return new OutputChange(name, PlanAction.fromJson(actions(change)), sensitive, before, after);
    }

    static List<String> actions(JsonNode change) {
        List<String> actions = new ArrayList<>(2);
        change.path("actions").forEach(action -> actions.add(action.asText()));
        return actions;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String index(JsonNode index) {
        if (index == null || index.isNull()) {
            return "";
        }
        return index.isTextual() ? MaskedJson.quoted(index.textValue()) : index.asText();
    }

    /** {@code [["tags","Name"],["rule",0]]} as {@code tags.Name}, {@code rule[0]}, the paths of {@link AttributeDiff}. */
    static List<String> replacePaths(JsonNode paths) {
        List<String> result = new ArrayList<>();
        for (JsonNode path : paths) {
            result.add(path(path));
        }
        return result;
    }

    /** One attribute path, {@code ["rule",0,"port"]}, as {@code rule[0].port}. */
    static String path(JsonNode steps) {
        StringBuilder text = new StringBuilder();
        for (JsonNode step : steps) {
            if (step.isNumber()) {
                text.append('[').append(step.asInt()).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step.asText());
            }
        }
        return text.toString();
    }
}
