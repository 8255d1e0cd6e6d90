package io.dataops.workbench.quality.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How much an expectation reports, as in Great Expectations: BOOLEAN_ONLY, BASIC (default), SUMMARY or COMPLETE,
 * with partial_unexpected_count (default 20), include_unexpected_rows and unexpected_index_column_names.
 */
public record ResultFormat(Level level, int partialUnexpectedCount, boolean includeUnexpectedRows,
                           List<String> unexpectedIndexColumnNames) {

    public enum Level { BOOLEAN_ONLY, BASIC, SUMMARY, COMPLETE }

    public static final ResultFormat BASIC = new ResultFormat(Level.BASIC, 20, false, List.of());

    public static ResultFormat of(Level level) {
        return new ResultFormat(level, 20, false, List.of());
    }

    /** Reads a result_format kwarg: a level name or {"result_format": LEVEL, ...}; absent means {@code fallback}. */
    public static ResultFormat parse(Object value, ResultFormat fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof String name) {
            return of(level(name));
        }
        if (value instanceof Map<?, ?> map) {
            Object name = map.get("result_format");
            if (!(name instanceof String text)) {
                throw new InvalidExpectationException(
                        "If configuring result format with a dictionary, the key 'result_format' must be present.");
            }
            int partial = map.get("partial_unexpected_count") instanceof Number n ? n.intValue() : 20;
            boolean rows = Boolean.TRUE.equals(map.get("include_unexpected_rows"));
            List<String> index = map.get("unexpected_index_column_names") instanceof List<?> names
                    ? names.stream().map(String::valueOf).toList() : List.of();
            return new ResultFormat(level(text), partial, rows, index);
        }
        throw new InvalidExpectationException("result_format must be a string or an object, not " + value + ".");
    }

    public static Level level(String name) {
        try {
            return Level.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidExpectationException("Unknown result_format " + name
                    + "; use BOOLEAN_ONLY, BASIC, SUMMARY or COMPLETE.");
        }
    }

    /** How many unexpected values to fetch: all for COMPLETE, else the partial count; none for BOOLEAN_ONLY. */
    public Optional<Integer> fetchLimit() {
        return level == Level.COMPLETE ? Optional.empty() : Optional.of(level == Level.BOOLEAN_ONLY ? 0 : partialUnexpectedCount);
    }

    public boolean atLeast(Level other) {
        return level.compareTo(other) >= 0;
    }
}
