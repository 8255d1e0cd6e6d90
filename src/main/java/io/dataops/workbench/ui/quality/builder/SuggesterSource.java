package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.suggest.StatisticRef;
import io.dataops.workbench.quality.suggest.Suggestion;
import io.dataops.workbench.quality.suggest.SuiteSuggester;
import java.util.List;

/** The builder's suggestions from the core's suggestion rules. */
public final class SuggesterSource implements SuggestionSource {

    private final SuiteSuggester suggester;

    public SuggesterSource(SuiteSuggester suggester) {
        this.suggester = suggester;
    }

    @Override
    public List<SuggestedExpectation> forColumn(TableProfile table, ColumnProfile column) {
        return suggester.suggestColumn(column, table).stream().map(SuggesterSource::toUi).toList();
    }

    @Override
    public List<SuggestedExpectation> forTable(TableProfile table) {
        return suggester.suggestSuite(table).stream().map(SuggesterSource::toUi).toList();
    }

    /** The core narrows a bin or a top value with its own proposals; the column and null ratio filter as usual. */
    @Override
    public List<SuggestedExpectation> forFocus(TableProfile table, ColumnProfile column, StatisticFocus focus) {
        StatisticRef statistic = switch (focus.kind()) {
            case COLUMN -> null;
            case NULLS -> StatisticRef.of(StatisticRef.Kind.NULL_RATIO);
            case RANGE -> StatisticRef.bin(focus.bin().orElseThrow());
            case TOP_VALUE -> StatisticRef.topValue(focus.top().orElseThrow());
        };
        if (statistic == null) {
            return forColumn(table, column);
        }
        return suggester.suggestFor(column, table, statistic).stream().map(SuggesterSource::toUi).toList();
    }

    private static SuggestedExpectation toUi(Suggestion suggestion) {
        return new SuggestedExpectation(suggestion.column().orElse(""), suggestion.expectation(), suggestion.reason());
    }
}
