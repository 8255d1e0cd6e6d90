package io.dataops.workbench.quality.validation.checkpoint;

import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.expectations.OurExtensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics a validation publishes, in namespace {@value #NAMESPACE}: per run SuccessPercent,
 * EvaluatedExpectations and UnsuccessfulExpectations (dimensions Suite, Asset); per expectation with a count of
 * unexpected values UnexpectedPercent and UnexpectedCount, and with a numeric observed value ObservedValue (dimensions
 * Suite, Asset, Expectation, Column). For monitoring volume and freshness: RowCount (Suite, Asset) from the row-count
 * expectations, else the batch size any column expectation reports (element_count); FreshnessLagSeconds (Suite,
 * Asset, Column) from {@code dataops_expect_column_newest_value_to_be_recent}.
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
        rowCount(validation).ifPresent(rows -> data.add(new MetricDatum(NAMESPACE, "RowCount", run, validation.runAt(), rows, "Count")));
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
            if (result.result().get("unexpected_count") instanceof Number unexpected) {
                data.add(new MetricDatum(NAMESPACE, "UnexpectedCount", dimensions, validation.runAt(),
                        unexpected.doubleValue(), "Count"));
            }
            if (OurExtensions.FRESHNESS.equals(result.config().type())
                    && result.result().get("observed_value") instanceof Map<?, ?> observed
                    && observed.get("age_seconds") instanceof Number age) {
                Map<String, String> freshness = new LinkedHashMap<>(run);
                freshness.put("Column", String.valueOf(column));
                data.add(new MetricDatum(NAMESPACE, "FreshnessLagSeconds", freshness, validation.runAt(), age.doubleValue(), "Seconds"));
            }
            if (result.result().get("observed_value") instanceof Number observed) {
                data.add(new MetricDatum(NAMESPACE, "ObservedValue", dimensions, validation.runAt(),
                        observed.doubleValue(), "None"));
            }
        }
        return data;
    }

    /** The batch's rows: what a row-count expectation observed, else any expectation's element_count. */
    private static Optional<Double> rowCount(ValidationResult validation) {
        Double fromElements = null;
        for (ExpectationResult result : validation.results()) {
            Object observed = result.result().get("observed_value");
            if (result.config().type().startsWith("expect_table_row_count_to_") && observed instanceof Number rows) {
                return Optional.of(rows.doubleValue());
            }
            if (OurExtensions.VOLUME_CHANGE.equals(result.config().type()) && observed instanceof Map<?, ?> volume
                    && volume.get("row_count") instanceof Number rows) {
                return Optional.of(rows.doubleValue());
            }
            if (fromElements == null && result.result().get("element_count") instanceof Number elements) {
                fromElements = elements.doubleValue();
            }
        }
        return Optional.ofNullable(fromElements);
    }
}
