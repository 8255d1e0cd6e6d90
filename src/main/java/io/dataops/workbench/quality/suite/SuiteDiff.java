package io.dataops.workbench.quality.suite;

import java.util.List;

/**
 * Two versions of a suite compared: structured changes for the UI's list, and a unified diff of their JSON
 * (java-diff-utils, 3 lines of context) for the text view. Empty when the versions are equal.
 */
public record SuiteDiff(String suiteName, int fromVersion, int toVersion, List<ExpectationChange> changes,
                        String unifiedDiff) {

    public SuiteDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && unifiedDiff.isEmpty();
    }

    public List<ExpectationChange> changes(ExpectationChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }
}
