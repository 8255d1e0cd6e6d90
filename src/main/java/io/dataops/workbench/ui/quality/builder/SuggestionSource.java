package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import java.util.List;

/** Where the builder's suggestions come from (the core's suggestion rules in the app, a fixed list in tests). */
public interface SuggestionSource {

    List<SuggestedExpectation> forColumn(TableProfile table, ColumnProfile column);

    List<SuggestedExpectation> forTable(TableProfile table);

    /** The suggestions about one statistic of the column: by default the column's, narrowed and prefilled. */
    default List<SuggestedExpectation> forFocus(TableProfile table, ColumnProfile column, StatisticFocus focus) {
        return forColumn(table, column).stream().filter(s -> focus.fits(s.config()))
                .map(s -> new SuggestedExpectation(s.column(), focus.prefill(s.config()), s.reason())).toList();
    }
}
