package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import java.util.List;

/** Where the builder's suggestions come from (the core's suggestion rules in the app, a fixed list in tests). */
public interface SuggestionSource {

    List<SuggestedExpectation> forColumn(TableProfile table, ColumnProfile column);

    List<SuggestedExpectation> forTable(TableProfile table);
}
