package io.dataops.workbench.quality.validation.expectations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.DateParsing;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.MapPlan;
import io.dataops.workbench.quality.validation.engine.MapPlan.Shape;
import io.dataops.workbench.quality.validation.engine.Plan;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Tests on text that no SQL dialect shares (JSON, JSON Schema, dateutil dates, strftime formats): the non-null
 * values stream from the database and are checked in Java, one pass, without keeping them.
 * Great Expectations itself has these for pandas and Spark only.
 */
final class ParsedTextExpectations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParsedTextExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_values_to_be_json_parseable", (k, s, f) -> java(k, s, f, ParsedTextExpectations::isJson));
        all.put("expect_column_values_to_match_json_schema", ParsedTextExpectations::jsonSchema);
        all.put("expect_column_values_to_be_dateutil_parseable", (k, s, f) -> {
            requireText(k, s);
            return java(k, s, f, v -> v instanceof String text && DateParsing.parseLenient(text).isPresent());
        });
        all.put("expect_column_values_to_match_strftime_format", ParsedTextExpectations::strftime);
    }

    private static Plan java(Kwargs k, BatchScope s, ResultFormat f, Predicate<Object> expected) {
        String column = s.column(k.column()).name();
        return new MapPlan(s.dialect().quote(column) + " IS NOT NULL", new MapPlan.JavaTest(row -> expected.test(row.get(0))),
                List.of(column), Shape.SCALAR, false, k.mostly(), f);
    }

    private static boolean isJson(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            JSON.readTree(text);
            return !text.isBlank();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Plan jsonSchema(Kwargs k, BatchScope s, ResultFormat f) {
        Object schemaValue = k.get("json_schema");
        if (!(schemaValue instanceof Map<?, ?>)) {
            throw new InvalidExpectationException("json_schema must be a JSON object.");
        }
        JsonNode schema = JSON.valueToTree(schemaValue);
        return java(k, s, f, v -> {
            if (!(v instanceof String text)) {
                return false;
            }
            try {
                return JsonSchemaCheck.valid(JSON.readTree(text), schema);
            } catch (JsonProcessingException e) {
                return false;
            }
        });
    }

    private static Plan strftime(Kwargs k, BatchScope s, ResultFormat f) {
        StrftimeFormat format = StrftimeFormat.compile(k.string("strftime_format"));
        requireText(k, s);
        return java(k, s, f, v -> v instanceof String text && format.matches(text));
    }

    private static void requireText(Kwargs k, BatchScope s) {
        ColumnKind kind = s.kind(k.column());
        if (kind != ColumnKind.TEXT && kind != ColumnKind.OTHER) {
            throw new InvalidExpectationException("Values passed to " + k.type() + " must be of type string.");
        }
    }
}
