package io.dataops.workbench.ui.quality.builder;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One expectation run on the current batch: passed or not, how many rows failed, a few of their values, the SQL. */
public record PreviewOutcome(boolean success, OptionalLong unexpectedCount, List<String> unexpectedValues,
                             Optional<String> observed, String sql, Optional<String> error) {

    public PreviewOutcome {
        unexpectedValues = List.copyOf(unexpectedValues);
    }
}
