package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ValidationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the suggestion rules over a profile: a whole suite for an asset, the suggestions for one column, or those
 * that fit one statistic the user selected. Rules are plain classes in a list, so adding one is adding a class.
 */
public final class SuiteSuggester {

    private final List<TableSuggestionRule> tableRules;
    private final List<SuggestionRule> columnRules;
    private final SuggestionOptions options;

    public SuiteSuggester(List<TableSuggestionRule> tableRules, List<SuggestionRule> columnRules,
                          SuggestionOptions options) {
        this.tableRules = List.copyOf(tableRules);
        this.columnRules = List.copyOf(columnRules);
        this.options = options;
    }

    /** Every standard rule with default thresholds, freshness judged against now. */
    public static SuiteSuggester standard() {
        return new SuiteSuggester(SuggestionRules.tableRules(), SuggestionRules.columnRules(), SuggestionOptions.defaults());
    }

    public SuiteSuggester withOptions(SuggestionOptions newOptions) {
        return new SuiteSuggester(tableRules, columnRules, newOptions);
    }

    public SuggestionOptions options() {
        return options;
    }

    public List<SuggestionRule> columnRules() {
        return columnRules;
    }

    public List<TableSuggestionRule> tableRules() {
        return tableRules;
    }

    /** The table rules' suggestions, then each column's in column order. */
    public List<Suggestion> suggestSuite(TableProfile table) {
        List<Suggestion> all = new ArrayList<>();
        for (TableSuggestionRule rule : tableRules) {
            all.addAll(rule.suggest(table, options));
        }
        for (ColumnProfile column : table.columns()) {
            all.addAll(suggestColumn(column, table));
        }
        return all;
    }

    public List<Suggestion> suggestColumn(ColumnProfile column, TableProfile table) {
        List<Suggestion> all = new ArrayList<>();
        for (SuggestionRule rule : columnRules) {
            all.addAll(rule.suggest(column, table, options));
        }
        return all;
    }

    /** The suggestions for a statistic the user selected; a bin or a top value gets its own narrowed proposals. */
    public List<Suggestion> suggestFor(ColumnProfile column, TableProfile table, StatisticRef statistic) {
        List<Suggestion> fitting = new ArrayList<>(StatisticSuggestions.forSelection(column, statistic, options));
        for (Suggestion suggestion : suggestColumn(column, table)) {
            if (suggestion.statistic().kind() == statistic.kind()
                    || StatisticSuggestions.related(statistic.kind(), suggestion.statistic().kind())) {
                fitting.add(suggestion);
            }
        }
        return fitting;
    }

    /** As {@link #suggestFor(ColumnProfile, TableProfile, StatisticRef)} for a column seen without its table. */
    public List<Suggestion> suggestFor(ColumnProfile column, StatisticRef statistic) {
        TableProfile alone = new TableProfile("column " + column.name(), Instant.EPOCH, column.rowCount(),
                java.util.OptionalLong.empty(), Optional.empty(), java.util.OptionalLong.empty(), false, List.of(),
                List.of(column));
        return suggestFor(column, alone, statistic);
    }

    /** A suite of the accepted suggestions, in order, each marked in meta with the rule that proposed it. */
    public static ExpectationSuite toSuite(String name, List<Suggestion> accepted) {
        List<ExpectationConfig> configs = new ArrayList<>();
        for (Suggestion s : accepted) {
            ExpectationConfig e = s.expectation();
            Map<String, Object> meta = new java.util.LinkedHashMap<>(e.meta());
            meta.put("suggested_by", s.ruleId());
            configs.add(new ExpectationConfig(e.type(), e.kwargs(), meta, e.notes(), e.id()));
        }
        return ExpectationSuite.of(name, configs);
    }

    /**
     * Keeps the OBSERVED suggestions and those CANDIDATE ones that passed in {@code check}, the result of
     * validating {@link #toSuite} of the same list on the data (its results are in the same order).
     */
    public static List<Suggestion> confirm(List<Suggestion> suggestions, ValidationResult check) {
        if (check.results().size() != suggestions.size()) {
            throw new IllegalArgumentException("The check has " + check.results().size() + " results for "
                    + suggestions.size() + " suggestions; validate toSuite(suggestions).");
        }
        List<Suggestion> kept = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            boolean passed = check.results().get(i).success() && !check.results().get(i).raisedException();
            if (s.confidence() == Confidence.OBSERVED || passed) {
                kept.add(passed ? s.withConfidence(Confidence.OBSERVED) : s);
            }
        }
        return kept;
    }
}
