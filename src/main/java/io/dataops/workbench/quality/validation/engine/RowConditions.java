package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * row_condition is SQL here. Great Expectations' own syntax {@code col("name") > 5} is accepted too: each
 * {@code col("name")} becomes the quoted column name.
 */
final class RowConditions {

    private static final Pattern COL = Pattern.compile("col\\(\\s*[\"']([^\"']+)[\"']\\s*\\)");
    private static final Set<String> PARSERS = Set.of("great_expectations", "great_expectations__experimental__",
            "spark", "sql", "pandas");

    private RowConditions() {
    }

    static String toSql(String condition) {
        Matcher matcher = COL.matcher(condition);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement('"' + matcher.group(1).replace("\"", "\"\"") + '"'));
        }
        matcher.appendTail(out);
        return "(" + out + ")";
    }

    static void checkParser(Object parser) {
        if (parser != null && !PARSERS.contains(String.valueOf(parser))) {
            throw new InvalidExpectationException("condition_parser: value is not a valid enumeration member; '"
                    + parser + "' is not one of " + PARSERS + ".");
        }
    }
}
