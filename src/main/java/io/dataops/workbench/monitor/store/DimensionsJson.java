package io.dataops.workbench.monitor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Dimensions as the store keeps them: a compact JSON object with sorted keys, so equal sets are equal text. */
public final class DimensionsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private DimensionsJson() {
    }

    public static String write(SortedMap<String, String> dimensions) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(dimensions));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SortedMap<String, String> read(String json) {
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Damaged dimensions in the metric store: " + json, e);
        }
    }

    static Map<String, String> orEmpty(Map<String, String> dimensions) {
        return dimensions == null ? Map.of() : dimensions;
    }
}
