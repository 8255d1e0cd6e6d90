package io.dataops.workbench.terraform.plan;

import java.util.List;

/**
 * One entry of {@code resource_changes} (or {@code resource_drift}), masked. Empty strings stand for
 * absent fields, so no nulls leave the package.
 *
 * @param previousAddress the address before a {@code moved} block, empty when not moved
 * @param importingId     the ID being imported, empty when not importing ({@link #importing()} says which)
 * @param replacePaths    the attribute paths that force replacement, dotted like {@link AttributeDiff#path()}
 */
public record ResourceChange(String address, String previousAddress, String moduleAddress, String mode,
                             String type, String name, String index, String providerName, String deposed,
                             PlanAction action, String actionReason, boolean importing, String importingId,
                             List<String> replacePaths, List<AttributeDiff> attributes) {

    public ResourceChange {
        replacePaths = List.copyOf(replacePaths);
        // A plan read from JSON builds each diff on first use; see DeferredAttributes.
        attributes = attributes instanceof DeferredAttributes ? attributes : List.copyOf(attributes);
    }

    public boolean isMoved() {
        return !previousAddress.isEmpty() && !previousAddress.equals(address);
    }

    public boolean isManaged() {
        return "managed".equals(mode);
    }

    /** The reason in words, empty when Terraform gave none. */
    public String reasonWords() {
        return ActionReasons.words(actionReason);
    }

    /** The module part of the address ({@code module.a.module.b}), empty for the root module. */
    public String module() {
        return moduleAddress;
    }

    /** Paths of the changed leaf attributes, depth first. */
    public List<String> changedPaths() {
        java.util.ArrayList<String> paths = new java.util.ArrayList<>();
        collectChanged(attributes, paths);
        return paths;
    }

    private static void collectChanged(List<AttributeDiff> diffs, List<String> into) {
        for (AttributeDiff diff : diffs) {
            if (!diff.isChanged()) {
                continue;
            }
            if (diff.isNested()) {
                collectChanged(diff.children(), into);
            } else {
                into.add(diff.path());
            }
        }
    }
}
