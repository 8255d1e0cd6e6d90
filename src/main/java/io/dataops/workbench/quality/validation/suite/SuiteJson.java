package io.dataops.workbench.quality.validation.suite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expectation suites in Great Expectations' JSON. Reads both 1.x ({@code name}, {@code expectations[].type})
 * and 0.x ({@code expectation_suite_name}, {@code expectations[].expectation_type}); writes either. Numbers
 * like Infinity (GX writes them in partitions) are accepted.
 */
public final class SuiteJson {

    public enum Version { V1, V0 }

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SuiteJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ExpectationSuite read(Path file) {
        try {
            return parse(Files.readString(file), file.getFileName().toString().replaceFirst("\\.json$", ""));
        } catch (IOException e) {
            throw new UserFacingException("Could not read the suite " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a suite; {@code fallbackName} names one that has no name. Throws a user-facing error on bad JSON. */
    @SuppressWarnings("unchecked")
    public static ExpectationSuite parse(String json, String fallbackName) {
        Map<String, Object> root;
        try {
            root = MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("The suite is not valid JSON: " + e.getOriginalMessage(), e);
        }
        Object name = root.containsKey("name") ? root.get("name") : root.get("expectation_suite_name");
        if (!(root.get("expectations") instanceof List<?> list)) {
            throw new UserFacingException("The suite has no \"expectations\" list; is it a Great Expectations suite?");
        }
        List<ExpectationConfig> expectations = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> entry)) {
                throw new UserFacingException("Each expectation must be a JSON object, not " + item + ".");
            }
            Object type = entry.containsKey("type") ? entry.get("type") : entry.get("expectation_type");
            if (!(type instanceof String typeName)) {
                throw new UserFacingException("An expectation has no \"type\" (or \"expectation_type\"): " + entry + ".");
            }
            Map<String, Object> kwargs = entry.get("kwargs") instanceof Map<?, ?> k ? (Map<String, Object>) k : Map.of();
            Map<String, Object> meta = entry.get("meta") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            expectations.add(new ExpectationConfig(typeName, kwargs, meta, Optional.ofNullable(entry.get("notes")),
                    Optional.ofNullable(entry.get("id")).map(String::valueOf)));
        }
        Map<String, Object> meta = root.get("meta") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new ExpectationSuite(name == null ? fallbackName : String.valueOf(name), expectations, meta);
    }

    public static String write(ExpectationSuite suite, Version version) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(version == Version.V1 ? "name" : "expectation_suite_name", suite.name());
        List<Object> expectations = new ArrayList<>();
        for (ExpectationConfig config : suite.expectations()) {
            expectations.add(configJson(config, version));
        }
        root.put("expectations", expectations);
        root.put("meta", suite.meta());
        if (version == Version.V0) {
            root.put("data_asset_type", null);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A suite always serializes", e);
        }
    }

    /** An expectation as GX writes it: {type, kwargs, meta[, notes][, id]} (0.x: expectation_type). */
    public static Map<String, Object> configJson(ExpectationConfig config, Version version) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(version == Version.V1 ? "type" : "expectation_type", config.type());
        entry.put("kwargs", config.kwargs());
        entry.put("meta", config.meta());
        config.notes().ifPresent(notes -> entry.put("notes", notes));
        config.id().ifPresent(id -> entry.put("id", id));
        return entry;
    }
}
