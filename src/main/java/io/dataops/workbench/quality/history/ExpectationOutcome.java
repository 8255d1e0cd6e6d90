package io.dataops.workbench.quality.history;

import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One expectation of a stored run, read back from its GX result JSON: the config, success or the exception
 * message, the observed value, counts and unexpected values (masked when the sensitive-data setting is on).
 */
public record ExpectationOutcome(ExpectationConfig config, boolean success, Optional<String> error,
                                 Optional<Object> observedValue, OptionalLong elementCount,
                                 OptionalLong unexpectedCount, Optional<Double> unexpectedPercent,
                                 List<Object> unexpectedValues, Map<String, Object> result) {

    public ExpectationOutcome {
        unexpectedValues = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(unexpectedValues));
        result = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(result));
    }

    public boolean failed() {
        return !success || error.isPresent();
    }

    public Optional<String> column() {
        Object column = config.kwargs().get("column");
        return column == null ? Optional.empty() : Optional.of(String.valueOf(column));
    }
}
