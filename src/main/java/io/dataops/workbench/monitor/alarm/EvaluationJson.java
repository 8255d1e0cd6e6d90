package io.dataops.workbench.monitor.alarm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Evaluations as JSON: {@code {"evaluations":[{"time","state","previousState","reason","datapoints":[{"timestamp",
 * "value","filled"}]}]}}; a filled datapoint has value null. {@code state} appears once per evaluation only.
 */
public final class EvaluationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {
    }

    public static String write(List<AlarmEvaluation> evaluations) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("evaluations");
        evaluations.forEach(e -> array.add(node(e)));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The datapoints of one evaluation alone, as stored in the history. */
    public static String datapoints(List<EvaluatedDatapoint> datapoints) {
        try {
            return MAPPER.writeValueAsString(datapointArray(datapoints));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what {@link #datapoints} wrote. */
    public static List<EvaluatedDatapoint> readDatapoints(String json) {
        try {
            List<EvaluatedDatapoint> points = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode p : MAPPER.readTree(json)) {
                boolean filled = p.path("filled").asBoolean();
                points.add(new EvaluatedDatapoint(java.time.Instant.parse(p.get("timestamp").asText()),
                        p.path("value").isNumber() ? p.get("value").asDouble() : Double.NaN, filled,
                        p.path("breaching").asBoolean()));
            }
            return points;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("Unreadable alarm history datapoints: " + e.getMessage(), e);
        }
    }

    static ObjectNode node(AlarmEvaluation evaluation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("time", evaluation.time().toString());
        node.put("state", evaluation.state().name());
        node.put("previousState", evaluation.previousState().name());
        node.put("reason", evaluation.reason());
        node.set("datapoints", datapointArray(evaluation.datapoints()));
        return node;
    }

    private static ArrayNode datapointArray(List<EvaluatedDatapoint> datapoints) {
        ArrayNode array = MAPPER.createArrayNode();
        for (EvaluatedDatapoint point : datapoints) {
            ObjectNode p = array.addObject();
            p.put("timestamp", point.timestamp().toString());
            if (point.filled()) {
                p.putNull("value");
            } else {
                p.put("value", point.value());
            }
            p.put("filled", point.filled());
            p.put("breaching", point.breaching());
        }
        return array;
    }
}
