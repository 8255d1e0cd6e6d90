package io.dataops.workbench.quality.suite;

import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.List;
import java.util.Optional;

/**
 * An expectation added, removed or changed between two versions of a suite. Expectations are matched by their
 * id when both have one, else by type and column(s); a CHANGED one lists its kwarg differences (meta and notes
 * changes show as {@code metaChanged}).
 */
public record ExpectationChange(Kind kind, String type, Optional<String> column, Optional<ExpectationConfig> before,
                                Optional<ExpectationConfig> after, List<KwargChange> kwargChanges,
                                boolean metaChanged) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public ExpectationChange {
        kwargChanges = List.copyOf(kwargChanges);
    }
}
