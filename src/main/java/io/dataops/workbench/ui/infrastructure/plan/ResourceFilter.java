package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.plan.PlanAction;
import io.dataops.workbench.terraform.plan.ResourceChange;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The resource table's filter: an action (null: any), and text matched against type, module and reason; no-op
 * resources are hidden unless asked for, like Terraform hides them.
 */
record ResourceFilter(PlanAction action, String text, boolean showUnchanged) implements Predicate<ResourceChange> {

    static ResourceFilter all() {
        return new ResourceFilter(null, "", false);
    }

    @Override
    public boolean test(ResourceChange change) {
        boolean interesting = change.action() != PlanAction.NO_OP || change.isMoved() || change.importing();
        if (!showUnchanged && !interesting) {
            return false;
        }
        if (action != null && change.action() != action) {
            return false;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        return (change.address() + " " + change.type() + " " + change.moduleAddress() + " " + change.reasonWords()
                + " " + change.actionReason()).toLowerCase(Locale.ROOT).contains(needle);
    }
}
