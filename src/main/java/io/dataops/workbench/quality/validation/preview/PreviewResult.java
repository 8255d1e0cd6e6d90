package io.dataops.workbench.quality.validation.preview;

import io.dataops.workbench.quality.validation.ExpectationResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One expectation run on the current batch, for the builder's live result: pass or fail, or why it could not
 * run; the unexpected count and a few unexpected values (masked when asked); the observed value for aggregate
 * expectations; and every SQL statement it ran, in order.
 *
 * @param error the exception message when the expectation could not be evaluated (bad kwargs, missing column)
 */
public record PreviewResult(boolean success, Optional<String> error, OptionalLong elementCount,
                            OptionalLong unexpectedCount, Optional<Double> unexpectedPercent,
                            List<Object> unexpectedValues, Optional<Object> observedValue, List<String> sql,
                            Duration elapsed, ExpectationResult result) {

    public PreviewResult {
        unexpectedValues = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(unexpectedValues));
        sql = List.copyOf(sql);
    }

    public boolean raised() {
        return error.isPresent();
    }

    /** The statements joined for display, each ending with a semicolon. */
    public String sqlText() {
        return String.join(";\n\n", sql) + (sql.isEmpty() ? "" : ";");
    }
}
