package io.dataops.workbench.quality.validation.checkpoint;

import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ValidationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics a validation publishes, in namespace {@value #NAMESPACE}: per run SuccessPercent,
 * EvaluatedExpectations and UnsuccessfulExpectations (dimensions Suite, Asset); per expectation with a count of
 * unexpected values UnexpectedPercent, and with a numeric observed value ObservedValue (dimensions Suite, Asset,
 * Expectation, Column).
 */
public final class ValidationMetrics {

    public static final String NAMESPACE = "DataOps/Quality";

    private ValidationMetrics() {
    }

    public static List<MetricDatum> of(ValidationResult validation, String asset) {
        List<MetricDatum> data = new ArrayList<>();
        Map<String, String> run = new LinkedHashMap<>();
        run.put("Suite", validation.suiteName());
        run.put("Asset", asset);
        Double percent = validation.successPercent();
        if (percent != null) {
            data.add(new MetricDatum(NAMESPACE, "SuccessPercent", run, validation.runAt(), percent, "Percent"));
        }
        data.add(new MetricDatum(NAMESPACE, "EvaluatedExpectations", run, validation.runAt(), validation.evaluated(), "Count"));
        data.add(new MetricDatum(NAMESPACE, "UnsuccessfulExpectations", run, validation.runAt(),
                validation.evaluated() - validation.successful(), "Count"));
        for (ExpectationResult result : validation.results()) {
            Map<String, String> dimensions = new LinkedHashMap<>(run);
            dimensions.put("Expectation", result.config().type());
            Object column = result.config().kwargs().get("column");
            if (column != null) {
                dimensions.put("Column", String.valueOf(column));
            }
            if (result.result().get("unexpected_percent") instanceof Number unexpected) {
                data.add(new MetricDatum(NAMESPACE, "UnexpectedPercent", dimensions, validation.runAt(),
                        unexpected.doubleValue(), "Percent"));
            }
            if (result.result().get("observed_value") instanceof Number observed) {
                data.add(new MetricDatum(NAMESPACE, "ObservedValue", dimensions, validation.runAt(),
                        observed.doubleValue(), "None"));
            }
        }
        return data;
    }
}
