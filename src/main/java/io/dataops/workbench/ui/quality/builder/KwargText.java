package io.dataops.workbench.ui.quality.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.quality.validation.suite.SuiteJson;

/** A kwarg as the form shows it (strings bare, the rest as compact JSON) and back from what was typed. */
public final class KwargText {

    private KwargText() {
    }

    public static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        try {
            return SuiteJson.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** Empty means "no such kwarg"; numbers, booleans, lists and objects are read as JSON; anything else is text. */
    public static Object parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            Object value = SuiteJson.mapper().readValue(trimmed, Object.class);
            return value == null || value instanceof String ? text : value;
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
