package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of {@code terraform show -json PLANFILE} by streaming: only one resource change at a time is a
 * tree, everything the workbench does not use ({@code planned_values}, {@code prior_state}'s values, unknown
 * fields) is skipped token by token. Values are masked as they are read; the result holds no sensitive value.
 * Format 1.x is accepted, another major version is refused.
 */
public final class PlanJsonReader {

    /** The caller owns the stream (a process's stdout is drained after the JSON), so the parser never closes it. */
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private final TaskContext context;
    private final List<ResourceChange> changes = new ArrayList<>();
    private final List<ResourceChange> drift = new ArrayList<>();
    private final List<OutputChange> outputs = new ArrayList<>();
    private final List<DeferredChange> deferred = new ArrayList<>();
    private final List<CheckResult> checks = new ArrayList<>();
    private final Map<String, String> moduleSources = new HashMap<>();
    private final List<String> sensitiveVariables = new ArrayList<>();
    private RelevantAttributes relevant = RelevantAttributes.none();
    private String formatVersion = "";
    private String terraformVersion = "";
    private int actionInvocations;
    private int priorStateResources;
    private boolean errored;
    private boolean applyable;
    private boolean complete = true;

    private PlanJsonReader(TaskContext context) {
        this.context = context;
    }

    public static Plan read(InputStream json) {
        return read(json, TaskContext.none());
    }

    /** Reads a whole plan; the caller closes the stream. Cancelling stops between resources. */
    public static Plan read(InputStream json, TaskContext context) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            return new PlanJsonReader(context).readPlan(parser);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("This is not a Terraform plan in JSON (as 'terraform show -json PLANFILE'"
                    + " writes it): " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ".", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read the plan JSON: " + e.getMessage(), e);
        }
    }

    private Plan readPlan(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new UserFacingException("This is not a Terraform plan in JSON: it does not start with '{'.");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            readField(field, parser);
        }
        if (formatVersion.isEmpty()) {
            throw new UserFacingException("This JSON has no format_version, so it is not a Terraform plan (write one"
                    + " with 'terraform show -json PLANFILE').");
        }
        List<ResourceChange> relevantDrift = drift.stream().filter(relevant::keeps).toList();
        return new Plan(formatVersion, terraformVersion, changes, relevantDrift, outputs, deferred, checks,
                actionInvocations, priorStateResources, moduleSources, sensitiveVariables, errored, applyable,
                complete);
    }

    private void readField(String field, JsonParser parser) throws IOException {
        switch (field) {
            case "format_version" -> formatVersion = checkedFormat(parser.getValueAsString(""));
            case "terraform_version" -> terraformVersion = parser.getValueAsString("");
            case "resource_changes" -> eachElement(parser, node -> changes.add(ChangeNodes.resource(node)));
            case "resource_drift" -> eachElement(parser, node -> drift.add(ChangeNodes.resource(node)));
            case "relevant_attributes" -> relevant = RelevantAttributes.of(MAPPER.readTree(parser));
            case "output_changes" -> readOutputs(parser);
            case "deferred_changes" -> eachElement(parser, node -> deferred.add(new DeferredChange(
                    ChangeNodes.text(node.path("resource_change"), "address"), ChangeNodes.text(node, "reason"),
                    PlanAction.fromJson(ChangeNodes.actions(node.path("resource_change").path("change"))))));
            case "checks" -> eachElement(parser, node -> checks.add(new CheckResult(
                    ChangeNodes.text(node.path("address"), "to_display"), ChangeNodes.text(node.path("address"), "kind"),
                    ChangeNodes.text(node, "status"))));
            case "action_invocations" -> actionInvocations = countElements(parser);
            case "prior_state" -> priorStateResources = PriorStateCounter.countResources(parser);
            case "configuration" -> readConfiguration(parser);
            case "errored" -> errored = parser.getValueAsBoolean(false);
            case "applyable" -> applyable = parser.getValueAsBoolean(false);
            case "complete" -> complete = parser.getValueAsBoolean(true);
            default -> parser.skipChildren(); // planned_values, variables, timestamp and fields newer than us
        }
    }

    private void readConfiguration(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            new ConfigurationReader(MAPPER, moduleSources, sensitiveVariables).read(parser);
        } else {
            parser.skipChildren();
        }
    }

    private static String checkedFormat(String version) {
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        if (!major.equals("1")) {
            throw new UserFacingException("This plan JSON has format_version " + version + ", but the workbench reads"
                    + " format 1.x only (Terraform 0.12 to 1.x, OpenTofu 1.x). Use a matching Terraform version.");
        }
        return version;
    }

    private void readOutputs(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            outputs.add(ChangeNodes.output(name, MAPPER.readTree(parser)));
        }
    }

    private interface NodeConsumer {
        void accept(JsonNode node);
    }

    private void eachElement(JsonParser parser, NodeConsumer consumer) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        int read = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            consumer.accept(MAPPER.readTree(parser));
            if (++read % 1_000 == 0) {
                context.checkCancelled();
            }
        }
    }

    private static int countElements(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return 0;
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            count++;
        }
        return count;
    }
}
