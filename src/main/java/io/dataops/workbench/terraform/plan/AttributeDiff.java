package io.dataops.workbench.terraform.plan;

import java.util.List;

/**
 * One attribute of a resource change, already masked: {@code before} and {@code after} are display text
 * ({@code "a"}, {@code 3}, {@code null}, {@code (known after apply)}, {@code (sensitive value)}), never a
 * sensitive value. Objects and lists have {@code children} and empty display text.
 *
 * @param name the key or {@code [index]} under the parent
 * @param path the dotted path from the resource ({@code tags.Name}, {@code rule[0].port})
 */
public record AttributeDiff(String name, String path, Change change, String before, String after,
                            boolean sensitive, boolean knownAfterApply, boolean forcesReplacement,
                            List<AttributeDiff> children) {

    public static final String KNOWN_AFTER_APPLY = "(known after apply)";
    public static final String SENSITIVE = "(sensitive value)";

    /** How the attribute changes between before and after. */
    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    public AttributeDiff {
        children = List.copyOf(children);
    }

    public boolean isChanged() {
        return change != Change.UNCHANGED;
    }

    public boolean isNested() {
        return !children.isEmpty();
    }
}
