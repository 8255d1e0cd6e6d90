package io.dataops.workbench.terraform.graph;

import io.dataops.workbench.terraform.plan.PlanAction;
import io.dataops.workbench.terraform.plan.ResourceChange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One node: a resource, data source, output, variable or local of one module, at configuration level
 * ({@code module.site.aws_s3_bucket.b}); {@code changes} are the plan's changes of its instances (none without
 * a plan, or when the plan does not touch it).
 *
 * @param module the module path ({@code module.a.module.b}), empty for the root module
 * @param type   the resource type, or the kind's word for outputs, variables and locals
 */
public record GraphNode(String address, NodeKind kind, String module, String type, List<ResourceChange> changes) {

    public GraphNode {
        changes = List.copyOf(changes);
    }

    public GraphNode withChanges(List<ResourceChange> more) {
        java.util.ArrayList<ResourceChange> all = new java.util.ArrayList<>(changes);
        all.addAll(more);
        return new GraphNode(address, kind, module, type, all);
    }

    /** The actions of its instances; empty when the plan says nothing of it (or there is no plan). */
    public Set<PlanAction> actions() {
        EnumSet<PlanAction> actions = EnumSet.noneOf(PlanAction.class);
        changes.forEach(change -> actions.add(change.action()));
        return actions;
    }

    /** The action drawn for the node: the most consequential of its instances', NO_OP when none. */
    public PlanAction action() {
        PlanAction shown = PlanAction.NO_OP;
        for (ResourceChange change : changes) {
            if (weight(change.action()) > weight(shown)) {
                shown = change.action();
            }
        }
        return shown;
    }

    public boolean isChanged() {
        return action() != PlanAction.NO_OP;
    }

    /** Terraform's reason in words for the first instance that has one, empty otherwise. */
    public String reason() {
        return changes.stream().map(ResourceChange::reasonWords).filter(r -> !r.isEmpty()).findFirst().orElse("");
    }

    /** The address before a {@code moved} block, for the first moved instance; empty when not moved. */
    public String previousAddress() {
        return changes.stream().filter(ResourceChange::isMoved).map(ResourceChange::previousAddress).findFirst()
                .orElse("");
    }

    /** The address within its module ({@code aws_s3_bucket.b}), what a box shows. */
    public String label() {
        return module.isEmpty() ? address : address.substring(module.length() + 1);
    }

    private static int weight(PlanAction action) {
        return switch (action) {
            case NO_OP -> 0;
            case READ -> 1;
            case UPDATE -> 2;
            case CREATE -> 3;
            case FORGET -> 4;
            case DELETE_THEN_CREATE, CREATE_THEN_DELETE, CREATE_THEN_FORGET -> 5;
            case DELETE -> 6;
            case UNKNOWN -> 7;
        };
    }
}
