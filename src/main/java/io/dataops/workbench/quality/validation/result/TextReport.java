package io.dataops.workbench.quality.validation.result;

import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A validation for people: one line per expectation (PASS, FAIL or ERROR with what was seen), then a summary. */
public final class TextReport {

    private static final int SHOWN_VALUES = 10;

    private TextReport() {
    }

    public static String write(List<ValidationResult> validations) {
        StringBuilder text = new StringBuilder();
        for (ValidationResult validation : validations) {
            text.append("Suite ").append(validation.suiteName()).append(" on ").append(validation.batchLabel()).append('\n');
            for (ExpectationResult result : validation.results()) {
                String status = result.raisedException() ? "ERROR" : result.success() ? "PASS " : "FAIL ";
                text.append("  ").append(status).append(' ').append(describe(result.config()));
                String summary = result.raisedException() ? result.exceptionInfo().message() : summary(result);
                if (!summary.isEmpty()) {
                    text.append(" -- ").append(summary);
                }
                text.append('\n');
            }
            text.append(String.format("%d of %d expectations passed%s%n", validation.successful(), validation.evaluated(),
                    validation.success() ? "" : " (FAILED)"));
        }
        return text.toString();
    }

    /** "expect_column_values_to_not_be_null(column=customer_id)". */
    public static String describe(ExpectationConfig config) {
        String arguments = config.kwargs().entrySet().stream()
                .filter(e -> !e.getKey().equals("result_format") && !e.getKey().equals("catch_exceptions"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return config.type() + "(" + arguments + ")";
    }

    /** What was observed: the observed value, or the unexpected count and the first unexpected values. */
    public static String summary(ExpectationResult result) {
        Map<String, Object> r = result.result();
        if (r.containsKey("observed_value")) {
            return "observed " + r.get("observed_value");
        }
        if (r.containsKey("unexpected_count")) {
            String line = r.get("unexpected_count") + " unexpected of " + r.get("element_count");
            if (r.get("unexpected_percent") instanceof Number percent) {
                line += String.format(" (%.2f%%)", percent.doubleValue());
            }
            if (r.get("partial_unexpected_list") instanceof List<?> values && !values.isEmpty()) {
                line += ", e.g. " + values.stream().limit(SHOWN_VALUES).map(String::valueOf).collect(Collectors.joining(", "));
            }
            return line;
        }
        return "";
    }
}
