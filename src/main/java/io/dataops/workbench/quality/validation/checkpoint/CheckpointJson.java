package io.dataops.workbench.quality.validation.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkpoint JSON:
 * <pre>
 * {"name": "payments_monthly",
 *  "validations": [{"batch_definition": {"source": "jdbc:postgresql://...", "table": "payment",
 *                                        "batch": "payment_date:month:latest"},
 *                   "suite": "suites/payments.json"}],
 *  "actions": [{"type": "store_result"}, {"type": "publish_metrics"},
 *              {"type": "publish_cloudwatch", "namespace": "DataOps/Quality", "profile": "prod",
 *               "region": "eu-west-1", "endpoint": "http://localhost:4566"}],
 *  "result_format": "SUMMARY"}
 * </pre>
 */
public final class CheckpointJson {

    private CheckpointJson() {
    }

    @SuppressWarnings("unchecked")
    public static Checkpoint parse(String json, String fallbackName) {
        Map<String, Object> root;
        try {
            root = SuiteJson.mapper().readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("The checkpoint is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(root.get("validations") instanceof List<?> items) || items.isEmpty()) {
            throw new UserFacingException("The checkpoint has no \"validations\" list.");
        }
        List<Checkpoint.Validation> validations = new ArrayList<>();
        for (Object item : items) {
            Map<String, Object> validation = (Map<String, Object>) item;
            Map<String, Object> batch = validation.get("batch_definition") instanceof Map<?, ?> b
                    ? (Map<String, Object>) b : Map.of();
            Object source = batch.get("source");
            Object suite = validation.get("suite");
            if (!(source instanceof String) || !(suite instanceof String)) {
                throw new UserFacingException("Each validation of a checkpoint needs batch_definition.source and suite.");
            }
            validations.add(new Checkpoint.Validation((String) source, text(batch, "table"), text(batch, "query"),
                    text(batch, "batch"), (String) suite));
        }
        List<String> actions = new ArrayList<>();
        Optional<CloudWatchPublishing> cloudWatch = Optional.empty();
        if (root.get("actions") instanceof List<?> list) {
            for (Object action : list) {
                Object type = action instanceof Map<?, ?> map ? map.get("type") : action;
                if (!(type instanceof String) || !Checkpoint.ACTIONS.contains(type)) {
                    throw new UserFacingException("Unknown checkpoint action " + type + "; use "
                            + String.join(", ", Checkpoint.ACTIONS) + ".");
                }
                if (Checkpoint.PUBLISH_CLOUDWATCH.equals(type)) {
                    Map<String, Object> settings = action instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                    cloudWatch = Optional.of(new CloudWatchPublishing(text(settings, "namespace").orElse(null),
                            text(settings, "profile"), text(settings, "region"), text(settings, "endpoint")));
                }
                actions.add((String) type);
            }
        }
        Optional<ResultFormat> format;
        try {
            format = Optional.ofNullable(root.get("result_format")).map(f -> ResultFormat.parse(f, ResultFormat.BASIC));
        } catch (InvalidExpectationException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        Object name = root.get("name");
        return new Checkpoint(name == null ? fallbackName : String.valueOf(name), validations, actions, format, cloudWatch);
    }

    private static Optional<String> text(Map<String, Object> map, String key) {
        return map.get(key) == null ? Optional.empty() : Optional.of(String.valueOf(map.get(key)));
    }

    private static Map<String, Object> action(String type, Checkpoint checkpoint) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", type);
        if (type.equals(Checkpoint.PUBLISH_CLOUDWATCH)) {
            CloudWatchPublishing settings = checkpoint.cloudWatch().orElseGet(CloudWatchPublishing::defaults);
            action.put("namespace", settings.namespace());
            settings.profile().ifPresent(p -> action.put("profile", p));
            settings.region().ifPresent(r -> action.put("region", r));
            settings.endpoint().ifPresent(e -> action.put("endpoint", e));
        }
        return action;
    }

    public static String write(Checkpoint checkpoint) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", checkpoint.name());
        List<Object> validations = new ArrayList<>();
        for (Checkpoint.Validation validation : checkpoint.validations()) {
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("source", validation.source());
            validation.table().ifPresent(t -> batch.put("table", t));
            validation.query().ifPresent(q -> batch.put("query", q));
            validation.batch().ifPresent(b -> batch.put("batch", b));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("batch_definition", batch);
            entry.put("suite", validation.suite());
            validations.add(entry);
        }
        root.put("validations", validations);
        root.put("actions", checkpoint.actions().stream().map(a -> action(a, checkpoint)).toList());
        checkpoint.resultFormat().ifPresent(f -> root.put("result_format", f.level().name()));
        try {
            return SuiteJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
