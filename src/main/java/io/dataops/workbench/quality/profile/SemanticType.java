package io.dataops.workbench.quality.profile;

import java.util.Locale;

/** What a column's values look like, beyond the declared type. */
public enum SemanticType {
    EMPTY, IDENTIFIER, INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, EMAIL, URL, UUID,
    /** Text whose values all read as numbers. */
    NUMERIC_TEXT,
    /** Text whose values all read as dates or timestamps. */
    DATE_TEXT,
    /** Text in which some values read as numbers and others do not (a mixed CSV column). */
    MIXED,
    CATEGORICAL, TEXT, OTHER;

    /** The snake_case name used in JSON and the UI. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
