package io.dataops.workbench.quality.validation.checkpoint;

import io.dataops.workbench.quality.validation.ExceptionInfo;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.expectations.OurExtensions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationMetricsTest {

    static final Instant RUN = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void publishesSuccessUnexpectedCountsRowCountAndFreshnessPerSuiteAndAsset() {
        ValidationResult validation = new ValidationResult("payments", "payments.csv", RUN, List.of(
                ok("expect_column_values_to_not_be_null", Map.of("column", "customer_id"), false,
                        Map.of("element_count", 16049, "unexpected_count", 4, "unexpected_percent", 0.025)),
                ok(OurExtensions.FRESHNESS, Map.of("column", "payment_date", "max_age_seconds", 86400), true,
                        Map.of("observed_value", Map.of("newest", "2026-03-01T09:00:00", "age_seconds", 3600.0)))));
        List<MetricDatum> data = ValidationMetrics.of(validation, "payments.csv");
        Map<String, String> run = Map.of("Suite", "payments", "Asset", "payments.csv");
        assertThat(find(data, "SuccessPercent", run)).hasValue(50.0);
        assertThat(find(data, "RowCount", run)).hasValue(16049.0);
        assertThat(find(data, "UnexpectedCount", Map.of("Suite", "payments", "Asset", "payments.csv",
                "Expectation", "expect_column_values_to_not_be_null", "Column", "customer_id"))).hasValue(4.0);
        assertThat(find(data, "FreshnessLagSeconds", Map.of("Suite", "payments", "Asset", "payments.csv",
                "Column", "payment_date"))).hasValue(3600.0);
        assertThat(data).filteredOn(d -> d.name().equals("FreshnessLagSeconds")).extracting(MetricDatum::unit).containsExactly("Seconds");
    }

    @Test
    void aRowCountExpectationWinsOverElementCounts() {
        ValidationResult validation = new ValidationResult("s", "b", RUN, List.of(
                ok("expect_column_values_to_not_be_null", Map.of("column", "c"), true, Map.of("element_count", 10)),
                ok("expect_table_row_count_to_be_between", Map.of("min_value", 1), true, Map.of("observed_value", 12))));
        assertThat(find(ValidationMetrics.of(validation, "a"), "RowCount", Map.of("Suite", "s", "Asset", "a"))).hasValue(12.0);
        ValidationResult none = new ValidationResult("s", "b", RUN, List.of(
                ok("expect_column_to_exist", Map.of("column", "c"), true, Map.of())));
        assertThat(ValidationMetrics.of(none, "a")).extracting(MetricDatum::name).doesNotContain("RowCount", "FreshnessLagSeconds");
    }

    private static ExpectationResult ok(String type, Map<String, Object> kwargs, boolean success, Map<String, Object> result) {
        return new ExpectationResult(ExpectationConfig.of(type, kwargs), success, result, ExceptionInfo.NONE);
    }

    private static Optional<Double> find(List<MetricDatum> data, String name, Map<String, String> dimensions) {
        return data.stream().filter(d -> d.name().equals(name) && d.dimensions().equals(new java.util.TreeMap<>(dimensions)))
                .map(MetricDatum::value).findFirst();
    }
}
