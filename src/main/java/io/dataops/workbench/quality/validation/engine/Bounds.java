package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * min_value/max_value checked against the column they bound, and comparisons of observed values with them,
 * as Great Expectations makes them: numbers with numbers, dates with dates (text bounds are parsed as dates
 * for a date column), text with text; anything else is GX's TypeError.
 */
public final class Bounds {

    public static final String TYPE_ERROR =
            "TypeError: Column values, min_value, and max_value must either be None or of the same type.";

    private Bounds() {
    }

    /** A bound as a value comparable with the column's values (Number, LocalDateTime or String), or null. */
    public static Object forColumn(Object bound, ColumnKind kind, String key) {
        if (bound == null) {
            return null;
        }
        return switch (kind) {
            case NUMERIC, BOOLEAN -> {
                if (bound instanceof Number) {
                    yield bound;
                }
                throw new InvalidExpectationException(TYPE_ERROR + " (" + key + " " + bound + " for a numeric column)");
            }
            case TEMPORAL -> asDate(bound, key);
            case TEXT -> {
                if (bound instanceof String) {
                    yield bound;
                }
                throw new InvalidExpectationException(TYPE_ERROR + " (" + key + " " + bound + " for a text column)");
            }
            case OTHER -> bound;
        };
    }

    public static LocalDateTime asDate(Object bound, String key) {
        if (bound instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        if (bound instanceof String text) {
            return DateParsing.parseLenient(text).orElseThrow(() -> new InvalidExpectationException(
                    key + " '" + text + "' is not a date: invalid datetime format"));
        }
        throw new InvalidExpectationException(TYPE_ERROR + " (" + key + " " + bound + " for a date column)");
    }

    /** Checks min <= max where both are given and comparable. */
    public static void checkOrder(Object min, Object max, String message) {
        if (min != null && max != null && compare(min, max, "min_value") > 0) {
            throw new InvalidExpectationException(message);
        }
    }

    /**
     * GX's metric-between test: a null observed value fails; an absent bound always holds. Observed dates
     * arrive as ISO text and are compared as dates.
     */
    public static boolean between(Object observed, Object min, Object max, boolean strictMin, boolean strictMax) {
        if (observed == null) {
            return false;
        }
        boolean aboveMin = min == null || (strictMin ? compare(observed, min, "min_value") > 0
                : compare(observed, min, "min_value") >= 0);
        boolean belowMax = max == null || (strictMax ? compare(observed, max, "max_value") < 0
                : compare(observed, max, "max_value") <= 0);
        return aboveMin && belowMax;
    }

    public static int compare(Object value, Object bound, String key) {
        Optional<Double> x = Values.toDouble(value);
        if (x.isPresent() && !(value instanceof String)) {
            if (bound instanceof Number || bound instanceof Boolean) {
                return Double.compare(x.get(), Values.toDouble(bound).orElseThrow());
            }
            if (bound instanceof String text) {
                DateParsing.parseLenient(text).ifPresent(d -> {
                    throw new InvalidExpectationException(TYPE_ERROR + " (" + key + " " + text + " for numbers)");
                });
                throw new InvalidExpectationException(key + " '" + text + "' cannot be compared with numbers: "
                        + "invalid datetime format");
            }
            throw new InvalidExpectationException(TYPE_ERROR + " (" + key + " " + bound + ")");
        }
        if (value instanceof LocalDateTime || bound instanceof LocalDateTime
                || value instanceof String s && bound instanceof String b && DateParsing.parseLenient(s).isPresent()
                && DateParsing.parseLenient(b).isPresent()) {
            return asDate(value, "value").compareTo(asDate(bound, key));
        }
        if (value instanceof String s && bound instanceof String b) {
            return s.compareTo(b);
        }
        throw new InvalidExpectationException(TYPE_ERROR + " (" + key + " " + bound + " for " + value + ")");
    }
}
