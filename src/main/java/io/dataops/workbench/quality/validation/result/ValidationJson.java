package io.dataops.workbench.quality.validation.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validation result as Great Expectations' ExpectationSuiteValidationResult JSON (1.x): success, results in
 * the suite's order (expectation_config, success, result, meta, exception_info), suite_name, statistics and meta.
 */
public final class ValidationJson {

    private ValidationJson() {
    }

    public static Map<String, Object> toMap(ValidationResult validation) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("success", validation.success());
        List<Object> results = new ArrayList<>();
        for (ExpectationResult result : validation.results()) {
            results.add(resultMap(result));
        }
        root.put("results", results);
        root.put("suite_name", validation.suiteName());
        root.put("suite_parameters", Map.of());
        Map<String, Object> statistics = new LinkedHashMap<>();
        statistics.put("evaluated_expectations", validation.evaluated());
        statistics.put("successful_expectations", validation.successful());
        statistics.put("unsuccessful_expectations", validation.evaluated() - validation.successful());
        statistics.put("success_percent", validation.successPercent());
        root.put("statistics", statistics);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("validation_time", validation.runAt().toString());
        meta.put("batch", validation.batchLabel());
        meta.put("validated_by", "dataops-workbench");
        root.put("meta", meta);
        return root;
    }

    public static Map<String, Object> resultMap(ExpectationResult result) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("success", result.success());
        entry.put("expectation_config", SuiteJson.configJson(result.config(), SuiteJson.Version.V1));
        entry.put("result", result.result());
        entry.put("meta", Map.of());
        Map<String, Object> exception = new LinkedHashMap<>();
        exception.put("raised_exception", result.exceptionInfo().raised());
        exception.put("exception_traceback", null);
        exception.put("exception_message", result.exceptionInfo().message());
        entry.put("exception_info", exception);
        return entry;
    }

    public static String write(ValidationResult validation) {
        try {
            return SuiteJson.mapper().writeValueAsString(toMap(validation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validation result always serializes", e);
        }
    }
}
