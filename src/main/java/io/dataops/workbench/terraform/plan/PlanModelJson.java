package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataops.workbench.common.UserFacingException;
import java.util.Locale;

/**
 * Our own JSON for a (masked) plan: {@link #write}/{@link #read} keep the whole model in the workspace;
 * {@link #normalized} is the compact form {@code dataops plan show --format json} prints.
 */
public final class PlanModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PlanModelJson() {
    }

    public static String write(Plan plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan model could not be written as JSON", e);
        }
    }

    public static Plan read(String json) {
        try {
            return MAPPER.readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("A stored plan could not be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Addresses, actions, reasons and changed attribute paths, plus the summary and counts. */
    public static String normalized(Plan plan, ToolFlavor flavor) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format_version", plan.formatVersion());
        root.put("terraform_version", plan.terraformVersion());
        root.put("summary", SummaryLine.render(plan, flavor));
        PlanCounts counts = plan.counts();
        ObjectNode countNode = root.putObject("counts");
        countNode.put("add", counts.toAdd()).put("change", counts.toChange()).put("destroy", counts.toDestroy())
                .put("import", counts.toImport()).put("forget", counts.toForget()).put("move", counts.moved())
                .put("outputs", counts.outputChanges()).put("drift", counts.drift());
        ObjectNode perAction = countNode.putObject("per_action");
        counts.perAction().forEach((action, n) -> perAction.put(action.name().toLowerCase(Locale.ROOT), n));
        root.put("errored", plan.errored());
        resources(root.putArray("resource_changes"), plan.resourceChanges());
        resources(root.putArray("resource_drift"), plan.drift());
        ArrayNode outputs = root.putArray("output_changes");
        for (OutputChange output : plan.outputChanges()) {
            outputs.addObject().put("name", output.name()).put("action", actionName(output.action()))
                    .put("sensitive", output.sensitive()).put("before", output.before()).put("after", output.after());
        }
        ArrayNode deferred = root.putArray("deferred_changes");
        plan.deferredChanges().forEach(d -> deferred.addObject().put("address", d.address()).put("reason", d.reason()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The normalized plan could not be written", e);
        }
    }

    private static void resources(ArrayNode array, java.util.List<ResourceChange> changes) {
        for (ResourceChange change : changes) {
            ObjectNode node = array.addObject();
            node.put("address", change.address());
            if (change.isMoved()) {
                node.put("previous_address", change.previousAddress());
            }
            node.put("action", actionName(change.action()));
            node.put("reason", change.actionReason());
            node.put("reason_words", change.reasonWords());
            if (change.importing()) {
                node.put("importing_id", change.importingId());
            }
            if (!change.deposed().isEmpty()) {
                node.put("deposed", change.deposed());
            }
            ArrayNode replace = node.putArray("replace_paths");
            change.replacePaths().forEach(replace::add);
            ArrayNode changed = node.putArray("changed_paths");
            change.changedPaths().forEach(changed::add);
        }
    }

    static String actionName(PlanAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
