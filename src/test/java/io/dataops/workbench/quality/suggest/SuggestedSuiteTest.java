package io.dataops.workbench.quality.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.DataProfiler;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.ValidationService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite suggested from a real profile must hold on the data it was profiled from: every suggestion validated
 * with the engine passes (the rules' kwargs are what GX and our engine accept, not just plausible JSON).
 */
class SuggestedSuiteTest {

    @TempDir
    Path dir;

    JdbcSource source;
    SourceConnector connector;

    @BeforeEach
    void table() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("t.duckdb");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders AS SELECT i AS id,"
                    + " CASE WHEN i % 3 = 0 THEN 'card' WHEN i % 3 = 1 THEN 'cash' ELSE 'wire' END AS method,"
                    + " CASE WHEN i % 50 = 0 THEN NULL ELSE (i * 7) % 101 END AS qty,"
                    + " CAST((i * 13) % 1000 AS DOUBLE) / 10 AS amount,"
                    + " 'OR-' || lpad(CAST(i AS VARCHAR), 4, '0') AS ref,"
                    + " TIMESTAMP '2024-03-01 00:00:00' + INTERVAL (i) MINUTE AS placed"
                    + " FROM range(1, 1001) t(i)");
        }
        source = JdbcSource.of(url);
        connector = new SourceConnector(new EngineSettings("512MB", 1),
                new SecretResolver(Map.of(), new SecretCipher(new SecretKeyFile(dir))), List.of());
    }

    private TableProfile profile() {
        return new DataProfiler(connector).profile(source, AssetRef.table("orders"), Optional.empty(),
                ProfileOptions.exact(), TaskContext.none());
    }

    @Test
    void everySuggestionHoldsOnTheProfiledData() {
        TableProfile profile = profile();
        SuiteSuggester suggester = SuiteSuggester.standard().withOptions(SuggestionOptions.defaults());
        List<Suggestion> suggestions = suggester.suggestSuite(profile);
        Set<String> rules = suggestions.stream().map(s -> s.ruleId() + ":" + s.column().orElse("table"))
                .collect(Collectors.toSet());
        assertThat(rules).contains("row_count:table", "column_set:table", "not_null:id", "unique:id", "increasing:id",
                "in_set:method", "not_null:qty", "between:qty", "non_negative:qty", "match_regex:ref", "freshness:placed",
                "of_type:amount");
        assertThat(rules).doesNotContain("unique:method", "in_set:id", "increasing:method");

        ExpectationSuite suite = SuiteSuggester.toSuite("orders.suggested", suggestions);
        ValidationResult result = new ValidationService(connector).validate(source, AssetRef.table("orders"),
                Optional.empty(), suite, Optional.empty(), TaskContext.none());
        List<String> failed = result.results().stream().filter(r -> !r.success() || r.raisedException())
                .map(SuggestedSuiteTest::describe).toList();
        assertThat(failed).isEmpty();
        assertThat(SuiteSuggester.confirm(suggestions, result)).hasSize(suggestions.size())
                .allMatch(s -> s.confidence() == Confidence.OBSERVED);
    }

    @Test
    void confirmDropsCandidatesThatFailOnTheData() throws Exception {
        try (Connection connection = DriverManager.getConnection(source.url()); Statement statement = connection.createStatement()) {
            // the first rows still increase (the profile's samples), a later one breaks the order
            statement.execute("UPDATE orders SET id = 5000 WHERE id = 500");
        }
        TableProfile profile = profile();
        List<Suggestion> suggestions = SuiteSuggester.standard().suggestColumn(profile.column("id").orElseThrow(), profile);
        assertThat(suggestions).anyMatch(s -> s.ruleId().equals(IncreasingRule.ID));
        ValidationResult result = new ValidationService(connector).validate(source, AssetRef.table("orders"),
                Optional.empty(), SuiteSuggester.toSuite("s", suggestions), Optional.empty(), TaskContext.none());
        List<Suggestion> kept = SuiteSuggester.confirm(suggestions, result);
        assertThat(kept).noneMatch(s -> s.ruleId().equals(IncreasingRule.ID));
        assertThat(kept).anyMatch(s -> s.ruleId().equals(UniqueRule.ID));
    }

    @Test
    void selectedStatisticsOfferFittingExpectations() {
        TableProfile profile = profile();
        SuiteSuggester suggester = SuiteSuggester.standard();
        ColumnProfile qty = profile.column("qty").orElseThrow();
        assertThat(suggester.suggestFor(qty, profile, StatisticRef.of(StatisticRef.Kind.NULL_RATIO)))
                .extracting(Suggestion::ruleId).containsExactly(NotNullRule.ID);
        List<Suggestion> bin = suggester.suggestFor(qty, StatisticRef.bin(qty.histogram().get(0)));
        assertThat(bin.get(0).expectation().type()).isEqualTo("expect_column_values_to_be_between");
        assertThat(bin.get(0).expectation().kwargs()).containsKey("mostly");
        assertThat(bin).extracting(Suggestion::ruleId).contains(BetweenRule.ID);
        ColumnProfile method = profile.column("method").orElseThrow();
        List<Suggestion> top = suggester.suggestFor(method, profile, StatisticRef.topValue(method.topValues().get(0)));
        assertThat(top).extracting(s -> s.expectation().type()).contains("expect_column_most_common_value_to_be_in_set",
                "expect_column_values_to_be_in_set");
        ExpectationSuite suite = SuiteSuggester.toSuite("sel", List.of(bin.get(0), top.get(0), top.get(1)));
        ValidationResult result = new ValidationService(connector).validate(source, AssetRef.table("orders"),
                Optional.empty(), suite, Optional.empty(), TaskContext.none());
        assertThat(result.results()).allMatch(r -> r.success() && !r.raisedException());
    }

    @Test
    void suiteMarksWhichRuleProposedEachExpectation() {
        TableProfile profile = profile();
        ExpectationSuite suite = SuiteSuggester.toSuite("s", SuiteSuggester.standard().suggestSuite(profile));
        assertThat(suite.expectations()).allMatch(e -> e.meta().containsKey("suggested_by"));
        assertThat(profile.profiledAt()).isBefore(Instant.now().plusSeconds(1));
    }

    private static String describe(ExpectationResult r) {
        return r.config().type() + " " + r.config().kwargs() + " -> " + r.result().get("observed_value") + " "
                + r.exceptionInfo().message() + " " + r.result().get("partial_unexpected_list");
    }
}
