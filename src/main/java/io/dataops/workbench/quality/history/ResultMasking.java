package io.dataops.workbench.quality.history;

import io.dataops.workbench.quality.profile.ProfileMasking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hides data values in a stored expectation result for the sensitive-data setting: unexpected values, their
 * counts' values, unexpected rows, and observed values that are values rather than statistics (text, lists).
 * Counts, percentages and numeric observations stay: they describe the column, not a person.
 */
public final class ResultMasking {

    private static final Set<String> VALUE_KEYS = Set.of("partial_unexpected_list", "unexpected_list",
            "unexpected_rows", "details");

    private ResultMasking() {
    }

    public static Map<String, Object> mask(Map<String, Object> result) {
        Map<String, Object> masked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : result.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (VALUE_KEYS.contains(key)) {
                masked.put(key, maskValue(value));
            } else if (key.equals("partial_unexpected_counts") && value instanceof List<?> counts) {
                masked.put(key, counts.stream().map(ResultMasking::maskCount).toList());
            } else if (key.equals("observed_value")) {
                masked.put(key, value instanceof Number || value instanceof Boolean ? value : maskValue(value));
            } else {
                masked.put(key, value);
            }
        }
        return masked;
    }

    public static List<Object> maskValues(List<?> values) {
        List<Object> masked = new ArrayList<>();
        for (Object value : values) {
            masked.add(value == null ? null : ProfileMasking.MASK);
        }
        return masked;
    }

    private static Object maskValue(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof List<?> list ? maskValues(list) : ProfileMasking.MASK;
    }

    private static Object maskCount(Object entry) {
        if (entry instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.computeIfPresent("value", (k, v) -> ProfileMasking.MASK);
            return copy;
        }
        return ProfileMasking.MASK;
    }
}
