package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.TableProfile;
import java.util.List;

/** A suggestion rule about the whole table (row count, column set) rather than one column. */
public interface TableSuggestionRule {

    String id();

    String description();

    List<Suggestion> suggest(TableProfile table, SuggestionOptions options);
}
