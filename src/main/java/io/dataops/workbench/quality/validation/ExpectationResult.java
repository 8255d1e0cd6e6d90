package io.dataops.workbench.quality.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one expectation, shaped like Great Expectations' ExpectationValidationResult: success, the
 * {@code result} object (observed_value, element_count, unexpected_list, ... in GX's key order) and the
 * exception info. An expectation that raised is unsuccessful and has an empty result.
 */
public record ExpectationResult(ExpectationConfig config, boolean success, Map<String, Object> result,
                                ExceptionInfo exceptionInfo) {

    public ExpectationResult {
        result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
    }

    public static ExpectationResult raised(ExpectationConfig config, String message) {
        return new ExpectationResult(config, false, Map.of(), ExceptionInfo.of(message));
    }

    public boolean raisedException() {
        return exceptionInfo.raised();
    }
}
