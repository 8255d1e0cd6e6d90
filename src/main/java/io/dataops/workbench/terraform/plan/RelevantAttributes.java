package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's {@code relevant_attributes}: the resource attributes that the planned changes depend on. Terraform
 * reports drift (changes made outside Terraform) only where it touches one of them, so a resource changed outside
 * Terraform in an attribute nothing reads is left out, as {@code terraform plan} leaves it out.
 */
final class RelevantAttributes {

    private final Map<String, List<String>> pathsByResource;

    private RelevantAttributes(Map<String, List<String>> pathsByResource) {
        this.pathsByResource = pathsByResource;
    }

    static RelevantAttributes none() {
        return new RelevantAttributes(Map.of());
    }

    /** From the JSON array {@code [{"resource": "a.b", "attribute": ["tags", "Name"]}, …]}. */
    static RelevantAttributes of(JsonNode relevant) {
        Map<String, List<String>> paths = new HashMap<>();
        for (JsonNode entry : relevant) {
            String path = ChangeNodes.path(entry.path("attribute"));
            paths.computeIfAbsent(ChangeNodes.text(entry, "resource"), address -> new ArrayList<>()).add(path);
        }
        return new RelevantAttributes(paths);
    }

    /**
     * Whether a drifted resource is worth reporting: it is gone (or otherwise not an update) and something
     * depends on it, or one of its changed attributes is a relevant one, lies under one, or contains one.
     */
    boolean keeps(ResourceChange drifted) {
        List<String> relevant = pathsByResource.get(drifted.address());
        if (relevant == null) {
            return false;
        }
        if (drifted.action() != PlanAction.UPDATE) {
            return true;
        }
        for (String changed : drifted.changedPaths()) {
            for (String path : relevant) {
                if (within(changed, path) || within(path, changed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code path} is {@code ancestor} or below it ({@code tags.Name} is within {@code tags}, not {@code tag}). */
    static boolean within(String path, String ancestor) {
        if (ancestor.isEmpty() || path.equals(ancestor)) {
            return true;
        }
        if (!path.startsWith(ancestor)) {
            return false;
        }
        char next = path.charAt(ancestor.length());
        return next == '.' || next == '[';
    }
}
