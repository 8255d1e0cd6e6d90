package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to an expectation's kwargs, with $PARAMETER values evaluated and Great Expectations' own
 * messages for bad arguments (so a user who knows GX recognizes them).
 */
public final class Kwargs {

    private final ExpectationConfig config;
    private final LocalDateTime now;

    public Kwargs(ExpectationConfig config, LocalDateTime now) {
        this.config = config;
        this.now = now;
    }

    public ExpectationConfig config() {
        return config;
    }

    public String type() {
        return config.type();
    }

    public boolean has(String key) {
        return config.kwargs().containsKey(key);
    }

    /** The value, $PARAMETER evaluated; null when absent or null. */
    public Object get(String key) {
        return EvaluationParameters.resolve(config.kwargs().get(key), now);
    }

    public String string(String key) {
        Object value = get(key);
        if (!(value instanceof String text)) {
            throw new InvalidExpectationException("'" + key + "' parameter is required for " + type()
                    + (value == null ? "" : " and must be a string, not " + value) + ".");
        }
        return text;
    }

    public String column() {
        return string("column");
    }

    public Optional<String> optionalString(String key) {
        Object value = get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    public boolean flag(String key, boolean fallback) {
        Object value = get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new InvalidExpectationException("'" + key + "' must be true or false, not " + value + ".");
    }

    /** A list kwarg, or empty when absent or null (check {@link #get} when null means something). */
    public List<Object> list(String key) {
        Object value = get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return List.copyOf(list.stream().map(v -> (Object) v).toList());
        }
        throw new InvalidExpectationException("'" + key + "' must be a list, not " + value + ".");
    }

    public List<String> columnList(String key) {
        Object value = get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidExpectationException("'" + key + "' parameter is required for " + type()
                    + " and must be a non-empty list of column names.");
        }
        return list.stream().map(String::valueOf).toList();
    }

    /** mostly, default 1, checked as GX's pydantic model checks it. */
    public double mostly() {
        Object value = get("mostly");
        if (value == null) {
            return 1.0;
        }
        if (!(value instanceof Number number)) {
            throw new InvalidExpectationException("mostly: value is not a valid float (" + value + ").");
        }
        double mostly = number.doubleValue();
        if (mostly < 0) {
            throw new InvalidExpectationException("mostly: ensure this value is greater than or equal to 0.");
        }
        if (mostly > 1) {
            throw new InvalidExpectationException("mostly: ensure this value is less than or equal to 1.");
        }
        return mostly;
    }

    /** An optional number kwarg; {@code what} names the rule broken ("must be integers"). */
    public Optional<Double> number(String key, String message) {
        Object value = get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        throw new InvalidExpectationException(key + " " + value + ": " + message);
    }

    /** An optional integer kwarg (a float with no fraction counts). */
    public Optional<Long> integer(String key, String message) {
        Optional<Double> value = number(key, message);
        if (value.isPresent() && value.get() != Math.rint(value.get())) {
            throw new InvalidExpectationException(key + " " + get(key) + ": " + message);
        }
        return value.map(Double::longValue);
    }

    public Map<String, Object> raw() {
        return config.kwargs();
    }
}
