package io.dataops.workbench.quality.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One expectation of a suite as Great Expectations writes it: its type ("expect_column_values_to_not_be_null"),
 * its kwargs (JSON values: String, Number, Boolean, List, Map or null), meta and notes. Kwargs keep the order
 * they were written in, so a suite reads back as it was saved.
 */
public record ExpectationConfig(String type, Map<String, Object> kwargs, Map<String, Object> meta,
                                Optional<Object> notes, Optional<String> id) {

    public ExpectationConfig {
        kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    public static ExpectationConfig of(String type, Map<String, Object> kwargs) {
        return new ExpectationConfig(type, kwargs, Map.of(), Optional.empty(), Optional.empty());
    }

    /** A copy with one kwarg set (or replaced). */
    public ExpectationConfig with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(kwargs);
        copy.put(key, value);
        return new ExpectationConfig(type, copy, meta, notes, id);
    }

    /** The row condition (SQL), if the expectation has one. */
    public Optional<String> rowCondition() {
        Object condition = kwargs.get("row_condition");
        return condition instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }
}
