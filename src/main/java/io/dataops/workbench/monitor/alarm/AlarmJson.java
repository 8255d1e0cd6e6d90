package io.dataops.workbench.monitor.alarm;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@link AlarmDefinition}s as PutMetricAlarm JSON ({@code --cli-input-json}). */
public final class AlarmJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private AlarmJson() {
    }

    /** Parses without validating; errors name {@code where} and the line. */
    public static AlarmDefinition parse(String json, String where) {
        try {
            return MAPPER.readValue(json, AlarmDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            throw new UserFacingException(where + line(e.getLocation()) + ": unknown field '" + e.getPropertyName()
                    + "'. Use PutMetricAlarm's field names (AlarmName, Namespace, MetricName, Dimensions, Statistic or"
                    + " ExtendedStatistic, Period, EvaluationPeriods, DatapointsToAlarm, Threshold, ComparisonOperator,"
                    + " TreatMissingData, ...); metric math alarms (Metrics) are not supported.", e);
        } catch (JsonProcessingException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String detail = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
            throw new UserFacingException(where + line(e.getLocation()) + ": " + detail, e);
        }
    }

    /** Parses and validates: what the CLI and the store use. */
    public static AlarmDefinition read(String json, String where) {
        return AlarmValidation.requireValid(parse(json, where), where);
    }

    public static AlarmDefinition read(Path file) {
        try {
            return read(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new UserFacingException("The alarm file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the alarm file " + file + ": " + e.getMessage(), e);
        }
    }

    public static String write(AlarmDefinition alarm) {
        try {
            return MAPPER.writeValueAsString(alarm) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alarm definition always serializes", e);
        }
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }
}
