package io.dataops.workbench.quality.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.expectations.OurExtensions;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a DuckDB file: result formats, isolation of a broken expectation, row conditions, our extensions, cancel. */
class SuiteValidatorTest {

    @TempDir
    Path dir;

    String url;
    ValidationService service;

    @BeforeEach
    void table() throws Exception {
        url = "jdbc:duckdb:" + dir.resolve("t.duckdb");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id INTEGER, status VARCHAR, amount DOUBLE, placed TIMESTAMP)");
            statement.execute("INSERT INTO orders VALUES (1, 'new', 10, TIMESTAMP '2024-01-05 10:00:00'),"
                    + " (2, 'paid', 20, TIMESTAMP '2024-01-20 10:00:00'), (3, 'lost', NULL, TIMESTAMP '2024-02-02 10:00:00'),"
                    + " (4, 'lost', 5, TIMESTAMP '2024-02-03 10:00:00'), (5, 'paid', -1, TIMESTAMP '2024-02-10 10:00:00'),"
                    + " (6, NULL, 7, TIMESTAMP '2024-02-11 10:00:00')");
        }
        SecretResolver secrets = new SecretResolver(Map.of(), new SecretCipher(new SecretKeyFile(dir)));
        service = new ValidationService(new SourceConnector(new EngineSettings("512MB", 1), secrets, List.of()));
    }

    private ValidationResult run(Optional<String> batch, Optional<ResultFormat> format, ExpectationConfig... expectations) {
        return service.validate(JdbcSource.of(url), AssetRef.table("orders"), batch.map(BatchSpec::parse),
                ExpectationSuite.of("s", List.of(expectations)), format, TaskContext.none());
    }

    private static ExpectationConfig e(String type, Object... kwargs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kwargs.length; i += 2) {
            map.put((String) kwargs[i], kwargs[i + 1]);
        }
        return ExpectationConfig.of(type, map);
    }

    @Test
    void resultFormatLevelsAddKeysAsGreatExpectationsDoes() {
        ExpectationConfig inSet = e("expect_column_values_to_be_in_set", "column", "status", "value_set", List.of("new", "paid"));
        assertThat(run(Optional.empty(), Optional.of(ResultFormat.of(ResultFormat.Level.BOOLEAN_ONLY)), inSet)
                .results().get(0).result()).isEmpty();
        Map<String, Object> basic = run(Optional.empty(), Optional.empty(), inSet).results().get(0).result();
        assertThat(basic).containsOnlyKeys("element_count", "unexpected_count", "unexpected_percent",
                "partial_unexpected_list", "missing_count", "missing_percent", "unexpected_percent_total",
                "unexpected_percent_nonmissing");
        assertThat(basic.get("unexpected_count")).isEqualTo(2L);
        assertThat(basic.get("missing_count")).isEqualTo(1L);
        assertThat((Double) basic.get("unexpected_percent")).isEqualTo(40.0);
        assertThat((Double) basic.get("unexpected_percent_total")).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.001));
        Map<String, Object> summary = run(Optional.empty(), Optional.of(ResultFormat.of(ResultFormat.Level.SUMMARY)), inSet)
                .results().get(0).result();
        assertThat(summary.get("partial_unexpected_counts")).isEqualTo(List.of(Map.of("value", "lost", "count", 2L)));
        assertThat(summary).doesNotContainKey("unexpected_list");
        Map<String, Object> complete = run(Optional.empty(), Optional.of(ResultFormat.of(ResultFormat.Level.COMPLETE)), inSet)
                .results().get(0).result();
        assertThat(complete.get("unexpected_list")).isEqualTo(List.of("lost", "lost"));
    }

    @Test
    void partialUnexpectedCountLimitsWhatIsFetched() {
        ExpectationConfig between = e("expect_column_values_to_be_between", "column", "id", "min_value", 10,
                "result_format", Map.of("result_format", "SUMMARY", "partial_unexpected_count", 2));
        Map<String, Object> result = run(Optional.empty(), Optional.empty(), between).results().get(0).result();
        assertThat(result.get("unexpected_count")).isEqualTo(6L);
        assertThat((List<?>) result.get("partial_unexpected_list")).hasSize(2);
    }

    @Test
    void aBrokenExpectationReportsItsExceptionAndTheOthersStillRun() {
        ValidationResult result = run(Optional.empty(), Optional.empty(),
                e("expect_column_values_to_not_be_null", "column", "missing"),
                e("expect_column_values_to_match_regex", "column", "status", "regex", "(unclosed"),
                e("expect_column_values_to_be_between", "column", "status", "min_value", 1),
                e("expect_table_row_count_to_equal", "value", 6),
                e("expect_no_such_thing"));
        assertThat(result.results().get(0).exceptionInfo().message()).contains("missing");
        assertThat(result.results().get(1).raisedException()).isTrue();
        assertThat(result.results().get(2).exceptionInfo().message()).contains("must either be None or of the same type");
        assertThat(result.results().get(3).success()).isTrue();
        assertThat(result.results().get(3).raisedException()).isFalse();
        assertThat(result.results().get(4).exceptionInfo().message()).contains("Unknown expectation type");
        assertThat(result.success()).isFalse();
        assertThat(result.successPercent()).isEqualTo(20.0);
    }

    @Test
    void rowConditionsAreSqlAndGxColSyntaxWorksToo() {
        ValidationResult result = run(Optional.empty(), Optional.empty(),
                e("expect_column_values_to_be_between", "column", "amount", "min_value", 0, "row_condition", "status = 'paid'"),
                e("expect_column_values_to_be_between", "column", "amount", "min_value", 0, "row_condition", "col(\"id\") < 5",
                        "condition_parser", "great_expectations"),
                e("expect_table_row_count_to_equal", "value", 6));
        assertThat(result.results().get(0).result().get("element_count")).isEqualTo(2L);
        assertThat(result.results().get(0).success()).isFalse();
        assertThat(result.results().get(1).result().get("element_count")).isEqualTo(4L);
        assertThat(result.results().get(1).success()).isTrue();
        assertThat(result.results().get(2).success()).isTrue();
    }

    @Test
    void ourFreshnessAndVolumeChangeExpectations() {
        ValidationResult fresh = run(Optional.empty(), Optional.empty(),
                e(OurExtensions.FRESHNESS, "column", "placed", "max_age_seconds", 1e12),
                e(OurExtensions.FRESHNESS, "column", "placed", "max_age_seconds", 60));
        assertThat(fresh.results().get(0).success()).isTrue();
        assertThat(fresh.results().get(1).success()).isFalse();
        assertThat(((Map<?, ?>) fresh.results().get(0).result().get("observed_value")).get("newest")).isEqualTo("2024-02-11T10:00:00");

        ValidationResult volume = run(Optional.of("placed:month:2024-02"), Optional.empty(),
                e(OurExtensions.VOLUME_CHANGE, "min_ratio", 1.5, "max_ratio", 3));
        Map<?, ?> observed = (Map<?, ?>) volume.results().get(0).result().get("observed_value");
        assertThat(observed.get("previous_row_count")).isEqualTo(2L);
        assertThat(observed.get("row_count")).isEqualTo(4L);
        assertThat(volume.results().get(0).success()).isTrue();
    }

    @Test
    void suitesReadAndWriteInBothGxVersions() {
        ExpectationSuite suite = new ExpectationSuite("orders", List.of(e("expect_column_values_to_not_be_null", "column", "id")),
                Map.of("owner", "data-team"));
        for (SuiteJson.Version version : SuiteJson.Version.values()) {
            String json = SuiteJson.write(suite, version);
            assertThat(json).contains(version == SuiteJson.Version.V1 ? "\"type\"" : "\"expectation_type\"");
            ExpectationSuite read = SuiteJson.parse(json, "x");
            assertThat(read.name()).isEqualTo("orders");
            assertThat(read.expectations()).isEqualTo(suite.expectations());
            assertThat(read.meta()).isEqualTo(suite.meta());
        }
    }

    @Test
    void cancelStopsTheValidation() {
        CancellableContext context = CancellableContext.create();
        List<Long> progress = new ArrayList<>();
        context.cancel();
        assertThatThrownBy(() -> service.validate(JdbcSource.of(url), AssetRef.table("orders"), Optional.empty(),
                ExpectationSuite.of("s", List.of(e("expect_table_row_count_to_equal", "value", 6))), Optional.empty(), context))
                .isInstanceOf(CancelledException.class);
        assertThat(progress).isEmpty();
    }

    @Test
    void progressCountsFinishedExpectations() {
        List<long[]> progress = new ArrayList<>();
        CancellableContext context = new CancellableContext() {
            @Override
            public void progress(long done, long total) {
                progress.add(new long[] {done, total});
            }
        };
        service.validate(JdbcSource.of(url), AssetRef.table("orders"), Optional.empty(), ExpectationSuite.of("s", List.of(
                e("expect_table_row_count_to_equal", "value", 6), e("expect_column_values_to_not_be_null", "column", "id"))),
                Optional.empty(), context);
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("1/2", "2/2");
    }
}
