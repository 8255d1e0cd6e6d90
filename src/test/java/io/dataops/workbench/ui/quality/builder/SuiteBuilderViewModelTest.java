package io.dataops.workbench.ui.quality.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.SemanticType;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.profile.ValueCount;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.expectations.ExpectationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuiteBuilderViewModelTest {

    private static final ExpectationConfig NOT_NULL = ExpectationConfig.of("expect_column_values_to_not_be_null",
            Map.of("column", "amount"));
    private static final ExpectationConfig BETWEEN = ExpectationConfig.of("expect_column_values_to_be_between",
            Map.of("column", "amount", "min_value", 0, "max_value", 12));
    private static final ExpectationConfig IN_SET = ExpectationConfig.of("expect_column_values_to_be_in_set",
            Map.of("column", "amount", "value_set", List.of("1", "2")));

    private final ColumnProfile amount = new ColumnProfile("amount", "DECIMAL", ColumnKind.NUMERIC, SemanticType.DECIMAL,
            10, 0, OptionalLong.of(3), false, Optional.of("0"), Optional.of("12"), Optional.empty(), Optional.empty(),
            List.of(new HistogramBin(0, 6, 5), new HistogramBin(6, 12, 5)), List.of(new ValueCount("7", 4)), List.of());
    private final TableProfile table = new TableProfile("SAMPLES.PAYMENT", Instant.EPOCH, 10, OptionalLong.empty(),
            Optional.empty(), OptionalLong.empty(), false, List.of(new ColumnSchema(1, "amount", "DECIMAL", ColumnKind.NUMERIC)), List.of(amount));
    private SuiteBuilderViewModel builder;

    @BeforeEach
    void setUp() {
        builder = new SuiteBuilderViewModel(new SuggestionSource() {
            @Override
            public List<SuggestedExpectation> forColumn(TableProfile t, ColumnProfile c) {
                return List.of(suggestion(NOT_NULL), suggestion(BETWEEN), suggestion(IN_SET));
            }

            @Override
            public List<SuggestedExpectation> forTable(TableProfile t) {
                return forColumn(t, amount);
            }
        });
        builder.profileProperty().set(table);
    }

    private static SuggestedExpectation suggestion(ExpectationConfig config) {
        return new SuggestedExpectation("amount", config, "observed");
    }

    @Test
    void acceptingEditingAndDismissingMoveSuggestionsIntoTheSuiteOrAway() {
        builder.suggestFor(amount, StatisticFocus.column());
        assertThat(builder.suggestions()).hasSize(3);

        builder.accept(builder.suggestions().get(0));
        builder.dismiss(builder.suggestions().get(0));
        builder.edit(builder.suggestions().get(0));

        assertThat(builder.suggestions()).isEmpty();
        assertThat(builder.expectations()).containsExactly(NOT_NULL, IN_SET);
        assertThat(builder.selectedProperty().get()).isEqualTo(IN_SET);
        builder.suggestFor(amount, StatisticFocus.column());
        assertThat(builder.suggestions()).extracting(s -> s.config().type())
                .containsExactly("expect_column_values_to_be_between"); // those in the suite are not offered again
    }

    @Test
    void aPickedStatisticNarrowsAndPrefillsTheSuggestions() {
        builder.suggestFor(amount, StatisticFocus.nulls());
        assertThat(builder.suggestions()).extracting(s -> s.config().type())
                .containsExactly("expect_column_values_to_not_be_null");

        builder.suggestFor(amount, StatisticFocus.range(new HistogramBin(6, 12, 5)));
        assertThat(builder.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.config().kwargs()).containsEntry("min_value", 6.0).containsEntry("max_value", 12.0);
        });

        builder.suggestFor(amount, StatisticFocus.topValue(new ValueCount("7", 4)));
        assertThat(builder.suggestions()).singleElement().satisfies(s ->
                assertThat(s.config().kwargs().get("value_set")).isEqualTo(List.of("1", "2", "7")));
    }

    @Test
    void formEditsShowInTheJsonAndValidJsonEditsShowInTheForm() {
        builder.suggestSuite();
        builder.acceptAll();
        builder.selectedIndexProperty().set(1);
        builder.setKwarg("max_value", 99);
        assertThat(builder.jsonTextProperty().get()).contains("\"max_value\" : 99");

        builder.jsonEdited(builder.jsonTextProperty().get().replace("\"max_value\" : 99", "\"max_value\" : 42"));

        assertThat(builder.expectations().get(1).kwargs()).containsEntry("max_value", 42);
        assertThat(builder.selectedProperty().get().kwargs()).containsEntry("max_value", 42);
        assertThat(builder.jsonProblemProperty().get()).isEmpty();
    }

    @Test
    void invalidJsonIsPointedAtAndKeptWhileTheFormKeepsTheLastValidSuite() {
        builder.suggestSuite();
        builder.acceptAll();
        // No comma matched: Map.of's key order changes from run to run, so "column" may be a kwarg's last key.
        String broken = builder.jsonTextProperty().get().replaceFirst("\"column\" : \"amount\"", "\"column\" \"amount\"");
        assertThat(broken).isNotEqualTo(builder.jsonTextProperty().get());

        builder.jsonEdited(broken);

        assertThat(builder.jsonTextProperty().get()).isEqualTo(broken);
        assertThat(builder.expectations()).containsExactly(NOT_NULL, BETWEEN, IN_SET);
        JsonProblem problem = builder.jsonProblemProperty().get().orElseThrow();
        int line = (int) broken.lines().takeWhile(l -> !l.contains("\"column\" \"amount\"")).count() + 1;
        assertThat(problem.line()).contains(line);
        assertThat(problem.describe()).startsWith("Line " + line + ", column ");
    }

    @Test
    void theCatalogAddsAnyTypeOnThePickedColumn() {
        ExpectationCatalog catalog = ExpectationCatalog.of(ExpectationRegistry.standard().types());
        CatalogEntry regex = catalog.search("match regex").get(0);

        builder.add(regex, Optional.of("amount"));

        assertThat(builder.selectedProperty().get().type()).isEqualTo("expect_column_values_to_match_regex");
        assertThat(builder.selectedProperty().get().kwargs()).containsEntry("column", "amount");
    }
}
