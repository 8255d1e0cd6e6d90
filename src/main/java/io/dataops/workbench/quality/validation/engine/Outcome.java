package io.dataops.workbench.quality.validation.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a plan found: success and the GX {@code result} object. */
public record Outcome(boolean success, Map<String, Object> result) {

    public static Outcome observed(boolean success, Object observedValue) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("observed_value", observedValue);
        return new Outcome(success, result);
    }

    public Outcome with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(result);
        copy.put(key, value);
        return new Outcome(success, copy);
    }
}
