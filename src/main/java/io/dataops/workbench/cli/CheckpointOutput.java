package io.dataops.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.checkpoint.CheckpointRunner;
import io.dataops.workbench.quality.validation.result.JunitXml;
import io.dataops.workbench.quality.validation.result.TextReport;
import io.dataops.workbench.quality.validation.result.ValidationJson;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one document `dataops validate` prints: a GX validation result (json), JUnit XML or text; for a
 * checkpoint, {"name", "success", "run_results": [validation results]} in json, plus "action_results"
 * ([{"type", "success", "message"}]) when an action reports (publish_cloudwatch). "success" is the validations'.
 */
final class CheckpointOutput {

    private final String format;

    CheckpointOutput(String format) {
        this.format = format;
    }

    static String single(String format, ValidationResult result) {
        return switch (format) {
            case "junit" -> JunitXml.write(List.of(result));
            case "text" -> TextReport.write(List.of(result));
            default -> ValidationJson.write(result);
        };
    }

    String render(String checkpoint, List<CheckpointRunner.Run> runs, List<CheckpointRunner.ActionResult> actions) {
        List<ValidationResult> results = runs.stream().map(CheckpointRunner.Run::result).toList();
        return switch (format) {
            case "junit" -> JunitXml.write(results);
            case "text" -> TextReport.write(results);
            default -> json(checkpoint, results, actions);
        };
    }

    private static Map<String, Object> action(CheckpointRunner.ActionResult action) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", action.action());
        entry.put("success", action.succeeded());
        entry.put("message", action.message());
        return entry;
    }

    private static String json(String checkpoint, List<ValidationResult> results,
                               List<CheckpointRunner.ActionResult> actions) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", checkpoint);
        root.put("success", results.stream().allMatch(ValidationResult::success));
        root.put("run_results", results.stream().map(ValidationJson::toMap).toList());
        if (!actions.isEmpty()) {
            root.put("action_results", actions.stream().map(CheckpointOutput::action).toList());
        }
        try {
            return SuiteJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
