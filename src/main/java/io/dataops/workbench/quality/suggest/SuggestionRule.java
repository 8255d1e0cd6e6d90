package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import java.util.List;

/**
 * One suggestion rule for a column, in the manner of Deequ's constraint-suggestion rules: it decides from the
 * column's profile whether it applies and what expectation(s) it proposes. An empty list means "does not apply".
 */
public interface SuggestionRule {

    /** A stable id ("not_null", "between"), used to dismiss a rule or find its suggestions. */
    String id();

    /** One sentence for people: what the rule looks for and what it proposes. */
    String description();

    List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options);
}
