package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.MapPlan;
import io.dataops.workbench.quality.validation.engine.MapPlan.Shape;
import io.dataops.workbench.quality.validation.engine.Plan;
import io.dataops.workbench.quality.validation.engine.SqlLiterals;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * LIKE patterns and regular expressions, single and as lists (match_on "any" or "all"). A regex matches
 * anywhere in the value (Python's re.search, PostgreSQL's ~). SQLite has no regex function, so there the
 * test runs in Java on the streamed non-null values.
 */
final class PatternExpectations {

    private PatternExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_values_to_match_like_pattern", (k, s, f) -> like(k, s, f, List.of(k.string("like_pattern")), true, "any"));
        all.put("expect_column_values_to_not_match_like_pattern", (k, s, f) -> like(k, s, f, List.of(k.string("like_pattern")), false, "any"));
        all.put("expect_column_values_to_match_like_pattern_list", (k, s, f) -> like(k, s, f, strings(k, "like_pattern_list"), true, matchOn(k)));
        all.put("expect_column_values_to_not_match_like_pattern_list", (k, s, f) -> like(k, s, f, strings(k, "like_pattern_list"), false, "any"));
        all.put("expect_column_values_to_match_regex", (k, s, f) -> regex(k, s, f, List.of(k.string("regex")), true, "any"));
        all.put("expect_column_values_to_not_match_regex", (k, s, f) -> regex(k, s, f, List.of(k.string("regex")), false, "any"));
        all.put("expect_column_values_to_match_regex_list", (k, s, f) -> regex(k, s, f, strings(k, "regex_list"), true, matchOn(k)));
        all.put("expect_column_values_to_not_match_regex_list", (k, s, f) -> regex(k, s, f, strings(k, "regex_list"), false, "any"));
    }

    private static List<String> strings(Kwargs k, String key) {
        List<Object> list = k.list(key);
        if (list.isEmpty()) {
            throw new InvalidExpectationException(key + " must be a non-empty list of patterns.");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static String matchOn(Kwargs k) {
        String matchOn = k.optionalString("match_on").orElse("any");
        if (!matchOn.equals("any") && !matchOn.equals("all")) {
            throw new InvalidExpectationException("match_on must be \"any\" or \"all\", not " + matchOn + ".");
        }
        return matchOn;
    }

    private static Plan like(Kwargs k, BatchScope s, ResultFormat f, List<String> patterns, boolean match, String matchOn) {
        String q = s.quoted(k.column());
        String text = textual(q, s, k.column());
        List<String> tests = patterns.stream().map(p -> text + " LIKE " + SqlLiterals.text(p)).toList();
        return ColumnMapExpectations.nonNull(k, s, f, combine(tests, match, matchOn));
    }

    private static Plan regex(Kwargs k, BatchScope s, ResultFormat f, List<String> regexes, boolean match, String matchOn) {
        String q = s.quoted(k.column());
        if (!s.isSqlite()) {
            String text = textual(q, s, k.column());
            List<String> tests = regexes.stream().map(r -> regexMatch(s, text, r)).toList();
            return ColumnMapExpectations.nonNull(k, s, f, combine(tests, match, matchOn));
        }
        List<Pattern> compiled = regexes.stream().map(PatternExpectations::compile).toList();
        Predicate<String> matches = value -> matchOn.equals("all") && match
                ? compiled.stream().allMatch(p -> p.matcher(value).find())
                : compiled.stream().anyMatch(p -> p.matcher(value).find());
        String column = s.column(k.column()).name();
        return new MapPlan(q + " IS NOT NULL", new MapPlan.JavaTest(row -> matches.test(String.valueOf(row.get(0))) == match),
                List.of(column), Shape.SCALAR, false, k.mostly(), f);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidExpectationException("Invalid regex " + regex + ": " + e.getDescription());
        }
    }

    private static String regexMatch(BatchScope s, String text, String regex) {
        String literal = SqlLiterals.text(regex);
        return switch (s.dialect().name()) {
            case "PostgreSQL" -> text + " ~ " + literal;
            case "DuckDB" -> "regexp_matches(" + text + ", " + literal + ")";
            default -> "REGEXP_LIKE(" + text + ", " + literal + ")";
        };
    }

    /** Patterns compare text; other columns are cast so LIKE works where the engine is strict about types. */
    private static String textual(String q, BatchScope s, String column) {
        return s.isSqlite() || s.kind(column) == io.dataops.workbench.quality.profile.ColumnKind.TEXT ? q
                : "CAST(" + q + " AS VARCHAR)";
    }

    private static String combine(List<String> tests, boolean match, String matchOn) {
        String joiner = match && matchOn.equals("all") ? " AND " : " OR ";
        String any = tests.stream().map(t -> "(" + t + ")").collect(Collectors.joining(joiner, "(", ")"));
        return match ? any : "NOT " + any;
    }
}
