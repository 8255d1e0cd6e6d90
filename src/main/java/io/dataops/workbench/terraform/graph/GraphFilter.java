package io.dataops.workbench.terraform.graph;

import io.dataops.workbench.terraform.plan.PlanAction;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which nodes are shown. Empty texts and an empty action set match everything; {@code hideNoOp} hides resources
 * the plan leaves alone (outputs, variables and locals are never "no-op", they have no action: they stay unless
 * an action filter is set).
 *
 * @param actions the actions to show (a node shows when one of its instances has one); empty for all
 * @param type    a substring of the resource type (or "output", "variable", "local")
 * @param module  a module path: only nodes inside it (nested modules included)
 * @param reason  a substring of the action reason in words
 * @param limitTo the only addresses to show (a query's answer, such as changed nodes and their neighbours);
 *                empty for no limit
 */
public record GraphFilter(Set<PlanAction> actions, String type, String module, String reason, boolean hideNoOp,
                          Set<String> limitTo) {

    public static final GraphFilter ALL = new GraphFilter(Set.of(), "", "", "", false, Set.of());

    public GraphFilter {
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        limitTo = Set.copyOf(limitTo);
    }

    public GraphFilter withLimitTo(Set<String> addresses) {
        return new GraphFilter(actions, type, module, reason, hideNoOp, addresses);
    }

    public GraphFilter withActions(Set<PlanAction> shown) {
        return new GraphFilter(shown, type, module, reason, hideNoOp, limitTo);
    }

    public GraphFilter withType(String text) {
        return new GraphFilter(actions, text, module, reason, hideNoOp, limitTo);
    }

    public GraphFilter withModule(String path) {
        return new GraphFilter(actions, type, path, reason, hideNoOp, limitTo);
    }

    public GraphFilter withReason(String text) {
        return new GraphFilter(actions, type, module, text, hideNoOp, limitTo);
    }

    public GraphFilter withHideNoOp(boolean hide) {
        return new GraphFilter(actions, type, module, reason, hide, limitTo);
    }

    public boolean test(GraphNode node) {
        if (!limitTo.isEmpty() && !limitTo.contains(node.address())) {
            return false;
        }
        boolean resource = node.kind() == NodeKind.RESOURCE || node.kind() == NodeKind.DATA;
        if (hideNoOp && resource && !node.isChanged()) {
            return false;
        }
        if (!actions.isEmpty() && node.actions().stream().noneMatch(actions::contains)
                && !(actions.contains(PlanAction.NO_OP) && resource && !node.isChanged())) {
            return false;
        }
        if (!type.isBlank() && !node.type().toLowerCase(Locale.ROOT).contains(type.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!module.isBlank() && !Addresses.within(node.module(), module.strip())) {
            return false;
        }
        return reason.isBlank() || node.reason().toLowerCase(Locale.ROOT).contains(reason.strip().toLowerCase(Locale.ROOT));
    }
}
