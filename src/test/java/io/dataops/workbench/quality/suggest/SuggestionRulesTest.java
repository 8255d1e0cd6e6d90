package io.dataops.workbench.quality.suggest;

import static io.dataops.workbench.quality.suggest.ColumnFixture.options;
import static io.dataops.workbench.quality.suggest.ColumnFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.ProfileMasking;
import io.dataops.workbench.quality.profile.SemanticType;
import io.dataops.workbench.quality.validation.expectations.OurExtensions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule: when it applies, when it does not, and the parameters it proposes. */
class SuggestionRulesTest {

    private static List<Suggestion> suggest(SuggestionRule rule, ColumnFixture column) {
        ColumnProfile profile = column.build();
        return rule.suggest(profile, table(profile), options());
    }

    private static Suggestion only(SuggestionRule rule, ColumnFixture column) {
        List<Suggestion> all = suggest(rule, column);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Nested
    class NotNull {
        final NotNullRule rule = new NotNullRule();

        @Test
        void noNullsGivesNotNullWithoutMostly() {
            Suggestion s = only(rule, ColumnFixture.text("name").rows(3201, 0));
            assertThat(s.expectation().type()).isEqualTo("expect_column_values_to_not_be_null");
            assertThat(s.expectation().kwargs()).containsExactly(Map.entry("column", "name"));
            assertThat(s.reason()).isEqualTo("no nulls in 3,201 rows");
            assertThat(s.statistic().kind()).isEqualTo(StatisticRef.Kind.NULL_RATIO);
            assertThat(s.parameters()).isEmpty();
        }

        @Test
        void someNullsGiveMostlyRoundedDown() {
            Suggestion s = only(rule, ColumnFixture.text("email").rows(1000, 4));
            assertThat(s.expectation().kwargs().get("mostly")).isEqualTo(0.99);
            assertThat(s.parameter("mostly").orElseThrow().value()).isEqualTo(0.99);
            assertThat(s.reason()).contains("4 nulls in 1,000 rows").contains("99.6% filled");
            Suggestion moved = s.adjust("mostly", 0.95);
            assertThat(moved.expectation().kwargs().get("mostly")).isEqualTo(0.95);
        }

        @Test
        void mostlyNullOrEmptyColumnsGetNothing() {
            assertThat(suggest(rule, ColumnFixture.text("c").rows(100, 90))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("c").rows(100, 100))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("c").rows(0, 0))).isEmpty();
        }
    }

    @Nested
    class Unique {
        final UniqueRule rule = new UniqueRule();

        @Test
        void distinctEqualToRowsGivesUnique() {
            Suggestion s = only(rule, ColumnFixture.integer("id", 1, 500).rows(500, 0).distinct(500L));
            assertThat(s.expectation().type()).isEqualTo("expect_column_values_to_be_unique");
            assertThat(s.confidence()).isEqualTo(Confidence.OBSERVED);
            assertThat(s.reason()).isEqualTo("500 distinct values in 500 non-null rows");
        }

        @Test
        void nullsDoNotCountAgainstUniqueness() {
            assertThat(suggest(rule, ColumnFixture.text("code").rows(500, 20).distinct(480L))).hasSize(1);
        }

        @Test
        void repeatedValuesOrNoCountGiveNothing() {
            assertThat(suggest(rule, ColumnFixture.text("code").rows(500, 0).distinct(499L))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("code").rows(500, 0).distinct(null))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("code").rows(1, 0).distinct(1L))).isEmpty();
        }

        @Test
        void approximatelyUniqueIsACandidate() {
            Suggestion s = only(rule, ColumnFixture.text("code").rows(1_000_000, 0).distinct(995_000L).approximate());
            assertThat(s.confidence()).isEqualTo(Confidence.CANDIDATE);
            assertThat(suggest(rule, ColumnFixture.text("code").rows(1_000_000, 0).distinct(900_000L).approximate())).isEmpty();
        }
    }

    @Nested
    class InSet {
        final InSetRule rule = new InSetRule();

        @Test
        void fewRepeatedValuesGiveTheSet() {
            Suggestion s = only(rule, ColumnFixture.text("method").rows(100, 0).distinct(3L)
                    .top("card", 60, "cash", 30, "wire", 10));
            assertThat(s.expectation().type()).isEqualTo("expect_column_values_to_be_in_set");
            assertThat(s.expectation().kwargs().get("value_set")).isEqualTo(List.of("card", "cash", "wire"));
            assertThat(s.reason()).startsWith("3 distinct values in 100 rows: card, cash, wire");
        }

        @Test
        void numericCategoriesStayNumbers() {
            Suggestion s = only(rule, ColumnFixture.integer("stars", 1, 3).rows(100, 0).distinct(3L)
                    .top(1, 50, 2, 30, 3, 20));
            assertThat(s.expectation().kwargs().get("value_set")).isEqualTo(List.of(1L, 2L, 3L));
        }

        @Test
        void tooManyValuesNotRepeatedIncompleteOrMaskedGiveNothing() {
            assertThat(suggest(rule, ColumnFixture.text("c").rows(1000, 0).distinct(11L))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("c").rows(5, 0).distinct(3L).top("a", 2, "b", 2, "c", 1))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("c").rows(100, 0).distinct(3L).top("a", 60, "b", 30))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("c").rows(100, 0).distinct(2L)
                    .top(ProfileMasking.MASK, 60, ProfileMasking.MASK, 40))).isEmpty();
        }
    }

    @Nested
    class FractionalInSet {
        final FractionalInSetRule rule = new FractionalInSetRule();

        @Test
        void topValuesCoveringMostRowsGiveSetWithMostly() {
            Suggestion s = only(rule, ColumnFixture.text("country").rows(1000, 0).distinct(40L)
                    .top("US", 600, "DE", 250, "FR", 60, "IT", 20, "ES", 10));
            assertThat(s.expectation().kwargs().get("value_set")).isEqualTo(List.of("US", "DE", "FR"));
            assertThat(s.expectation().kwargs().get("mostly")).isEqualTo(0.91);
            assertThat(s.adjust("mostly", 0.8).expectation().kwargs().get("mostly")).isEqualTo(0.8);
        }

        @Test
        void doesNotRepeatTheFullSetNorApplyToSpreadValues() {
            assertThat(suggest(rule, ColumnFixture.text("m").rows(100, 0).distinct(2L).top("a", 60, "b", 40))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("m").rows(1000, 0).distinct(500L)
                    .top("a", 10, "b", 9, "c", 8))).isEmpty();
        }
    }

    @Nested
    class Between {
        final BetweenRule rule = new BetweenRule();

        @Test
        void integerRangeWithMarginIsWholeNumbers() {
            Suggestion s = only(rule, ColumnFixture.integer("qty", 3, 47));
            assertThat(s.expectation().type()).isEqualTo("expect_column_values_to_be_between");
            // width 44, margin 10% = 4.4: 3 - 4.4 < 0 stays at 0 (never negative), 47 + 4.4 rounds up to 52
            assertThat(s.expectation().kwargs()).containsEntry("min_value", 0L).containsEntry("max_value", 52L);
            assertThat(s.parameter("margin").orElseThrow().value()).isEqualTo(0.1);
        }

        @Test
        void marginMovesBothBoundsAndTheirParameters() {
            Suggestion s = only(rule, ColumnFixture.integer("qty", 100, 200)).adjust("margin", 0.5);
            assertThat(s.expectation().kwargs()).containsEntry("min_value", 50L).containsEntry("max_value", 250L);
            assertThat(s.parameter("min_value").orElseThrow().value()).isEqualTo(50);
            Suggestion zero = s.adjust("margin", 0);
            assertThat(zero.expectation().kwargs()).containsEntry("min_value", 100L).containsEntry("max_value", 200L);
            assertThat(zero.adjust("max_value", 150).expectation().kwargs()).containsEntry("max_value", 150L);
        }

        @Test
        void decimalsRoundOutwards() {
            Suggestion s = only(rule, ColumnFixture.decimal("amount", "-2.5", "17.25"));
            assertThat((Double) s.expectation().kwargs().get("min_value")).isLessThanOrEqualTo(-2.5 - 1.975);
            assertThat((Double) s.expectation().kwargs().get("max_value")).isGreaterThanOrEqualTo(17.25 + 1.975)
                    .isLessThan(19.3);
        }

        @Test
        void nonNumericOrEmptyGivesNothing() {
            assertThat(suggest(rule, ColumnFixture.text("name"))).isEmpty();
            ColumnFixture empty = ColumnFixture.integer("n", 0, 0);
            empty.min = null;
            empty.max = null;
            assertThat(suggest(rule, empty)).isEmpty();
        }
    }

    @Nested
    class NonNegative {
        final NonNegativeRule rule = new NonNegativeRule();

        @Test
        void minimumZeroOrMoreGivesMinValueZero() {
            Suggestion s = only(rule, ColumnFixture.integer("amount", 0, 99));
            assertThat(s.expectation().type()).isEqualTo("expect_column_values_to_be_between");
            assertThat(s.expectation().kwargs()).containsExactly(Map.entry("column", "amount"), Map.entry("min_value", 0));
        }

        @Test
        void negativesOrTextGiveNothing() {
            assertThat(suggest(rule, ColumnFixture.integer("delta", -3, 9))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.integer("delta", 0, 9).negatives(1))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("name"))).isEmpty();
        }
    }

    @Nested
    class Freshness {
        final FreshnessRule rule = new FreshnessRule();

        @Test
        void newestValueAgePlusSlackRoundedToHours() {
            Suggestion s = only(rule, ColumnFixture.timestamp("paid_at", "2024-01-01 00:00:00", "2024-03-31 10:30:00"));
            assertThat(s.expectation().type()).isEqualTo(OurExtensions.FRESHNESS);
            // age 1 day 1.5 hours + 1 day slack = 49.5 hours, rounded up to 50 hours
            assertThat(s.expectation().kwargs().get("max_age_seconds")).isEqualTo(50L * 3600);
            assertThat(s.reason()).contains("2024-03-31 10:30:00").contains("25 hours old");
            assertThat(s.adjust("max_age_seconds", 7200).expectation().kwargs().get("max_age_seconds")).isEqualTo(7200L);
        }

        @Test
        void datesAsTextCount() {
            ColumnFixture dates = ColumnFixture.text("day").semantic(SemanticType.DATE_TEXT);
            dates.max = "2024-03-01";
            assertThat(suggest(rule, dates)).hasSize(1);
        }

        @Test
        void otherColumnsOrUnreadableMaxGiveNothing() {
            assertThat(suggest(rule, ColumnFixture.integer("n", 1, 2))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.timestamp("t", null, null))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.timestamp("t", "x", "not a date"))).isEmpty();
        }
    }

    @Nested
    class Increasing {
        final IncreasingRule rule = new IncreasingRule();

        @Test
        void uniqueIdIncreasingInRowOrderIsACandidate() {
            Suggestion s = only(rule, ColumnFixture.integer("id", 1, 100).rows(100, 0).distinct(100L)
                    .samples("1", "2", "5", "10"));
            assertThat(s.expectation().type()).isEqualTo("expect_column_values_to_be_increasing");
            assertThat(s.expectation().kwargs()).containsEntry("strictly", true);
            assertThat(s.confidence()).isEqualTo(Confidence.CANDIDATE);
        }

        @Test
        void timestampsCompareAsTimes() {
            assertThat(suggest(rule, ColumnFixture.timestamp("t", "a", "b").rows(3, 0).distinct(3L)
                    .samples("2024-01-01 09:00:00", "2024-01-01 10:00:00", "2024-01-02 08:00:00"))).hasSize(1);
        }

        @Test
        void unorderedRepeatedOrNullableGiveNothing() {
            assertThat(suggest(rule, ColumnFixture.integer("id", 1, 100).rows(100, 0).distinct(100L)
                    .samples("1", "10", "5"))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.integer("id", 1, 100).rows(100, 0).distinct(90L)
                    .samples("1", "2", "3"))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.integer("id", 1, 100).rows(100, 1).distinct(99L)
                    .samples("1", "2", "3"))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("code").rows(3, 0).distinct(3L).samples("a", "b", "c"))).isEmpty();
        }
    }

    @Nested
    class Regex {
        final RegexRule rule = new RegexRule();

        @Test
        void sharedShapeOfCodesBecomesARegexTheValuesMatch() {
            Suggestion s = only(rule, ColumnFixture.text("order_ref").samples("AB-1234", "XY-0042", "QQ-9999"));
            String regex = (String) s.expectation().kwargs().get("regex");
            assertThat(regex).isEqualTo("^[A-Z]{2}[-][0-9]{4}$");
            assertThat(List.of("AB-1234", "XY-0042")).allMatch(v -> Pattern.compile(regex).matcher(v).find());
            assertThat(Pattern.compile(regex).matcher("AB-12345").find()).isFalse();
            assertThat(s.confidence()).isEqualTo(Confidence.CANDIDATE);
        }

        @Test
        void varyingRunLengthsGiveARange() {
            Suggestion s = only(rule, ColumnFixture.text("sku").samples("a1", "bb22", "ccc333"));
            assertThat(s.expectation().kwargs().get("regex")).isEqualTo("^[a-z]{1,3}[0-9]{1,3}$");
        }

        @Test
        void semanticTypesGiveTheirPattern() {
            Suggestion s = only(rule, ColumnFixture.text("email").semantic(SemanticType.EMAIL)
                    .samples("a@x.io", "b@y.com", "c@z.org"));
            assertThat(Pattern.compile((String) s.expectation().kwargs().get("regex")).matcher("ann@example.com").find())
                    .isTrue();
        }

        @Test
        void mixedShapesFreeTextOrFewValuesGiveNothing() {
            assertThat(suggest(rule, ColumnFixture.text("c").samples("AB-12", "hello", "99"))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("name").samples("Anna", "Bob", "Christopher"))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.text("c").samples("AB-12", "CD-34"))).isEmpty();
            assertThat(suggest(rule, ColumnFixture.integer("n", 1, 2).samples("1", "2", "3"))).isEmpty();
        }
    }

    @Nested
    class Type {
        final TypeRule rule = new TypeRule();

        @Test
        void declaredTypeWithoutLength() {
            ColumnFixture c = ColumnFixture.text("name");
            c.declaredType = "varchar(40)";
            Suggestion s = only(rule, c);
            assertThat(s.expectation().type()).isEqualTo("expect_column_values_to_be_of_type");
            assertThat(s.expectation().kwargs()).containsEntry("type_", "VARCHAR");
        }

        @Test
        void noDeclaredTypeGivesNothing() {
            ColumnFixture c = ColumnFixture.text("name");
            c.declaredType = "";
            assertThat(suggest(rule, c)).isEmpty();
        }
    }

    @Nested
    class TableRules {
        @Test
        void rowCountWithAdjustableMargin() {
            List<Suggestion> all = new RowCountRule().suggest(table(3201, ColumnFixture.text("a").build()), options());
            assertThat(all).hasSize(1);
            Suggestion s = all.get(0);
            assertThat(s.expectation().type()).isEqualTo("expect_table_row_count_to_be_between");
            assertThat(s.expectation().kwargs()).containsEntry("min_value", 2880L).containsEntry("max_value", 3522L);
            assertThat(s.adjust("margin", 0).expectation().kwargs()).containsEntry("min_value", 3201L)
                    .containsEntry("max_value", 3201L);
            assertThat(new RowCountRule().suggest(table(0, ColumnFixture.text("a").build()), options())).isEmpty();
        }

        @Test
        void columnSetInSchemaOrder() {
            Suggestion s = new ColumnSetRule().suggest(table(10, ColumnFixture.text("b").build(),
                    ColumnFixture.text("a").build()), options()).get(0);
            assertThat(s.expectation().kwargs()).containsEntry("column_set", List.of("b", "a"))
                    .containsEntry("exact_match", true);
            assertThat(new ColumnSetRule().suggest(table(10), options())).isEmpty();
        }
    }

    @Test
    void freshnessSlackIsAnOption() {
        ColumnProfile c = ColumnFixture.timestamp("t", "2024-01-01", "2024-04-01 12:00:00").build();
        SuggestionOptions noSlack = new SuggestionOptions(10, 0.9, 0.1, 0.2, Duration.ZERO, options().now());
        assertThat(new FreshnessRule().suggest(c, table(c), noSlack).get(0).expectation().kwargs()
                .get("max_age_seconds")).isEqualTo(3600L);
    }
}
