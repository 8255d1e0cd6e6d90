package io.dataops.workbench.terraform.plan;

import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers behind the summary line, counted the way Terraform's plan renderer counts: move-only and
 * import-only changes are shown but not counted as actions, a deleted data source is not shown at all.
 *
 * @param shown the resource changes the renderer would print (drives "Plan:" versus "No changes.")
 */
public record PlanCounts(Map<PlanAction, Integer> perAction, int toAdd, int toChange, int toDestroy,
                         int toImport, int toForget, int moved, int shown, int outputChanges, int drift,
                         int deferred) {

    public PlanCounts {
        perAction = Map.copyOf(perAction);
    }

    public int of(PlanAction action) {
        return perAction.getOrDefault(action, 0);
    }

    /** Whether applying would change anything, outputs included (Terraform's -detailed-exitcode 2). */
    public boolean hasChanges() {
        return shown > 0 || outputChanges > 0;
    }

    static PlanCounts of(Plan plan) {
        Map<PlanAction, Integer> counts = new EnumMap<>(PlanAction.class);
        int shown = 0;
        int importing = 0;
        int moved = 0;
        for (ResourceChange change : plan.resourceChanges()) {
            PlanAction action = change.action();
            if (action == PlanAction.NO_OP && !change.isMoved() && !change.importing()) {
                continue;
            }
            if (action == PlanAction.DELETE && !change.isManaged()) {
                continue; // Terraform does not render deleted data sources.
            }
            shown++;
            if (change.importing()) {
                importing++;
            }
            if (change.isMoved()) {
                moved++;
            }
            if (action != PlanAction.NO_OP) {
                counts.merge(action, 1, Integer::sum);
            }
        }
        int add = sum(counts, PlanAction.CREATE, PlanAction.DELETE_THEN_CREATE, PlanAction.CREATE_THEN_DELETE,
                PlanAction.CREATE_THEN_FORGET);
        int destroy = sum(counts, PlanAction.DELETE, PlanAction.DELETE_THEN_CREATE, PlanAction.CREATE_THEN_DELETE);
        int outputs = (int) plan.outputChanges().stream().filter(o -> o.action() != PlanAction.NO_OP).count();
        int drift = (int) plan.drift().stream().filter(d -> d.action() != PlanAction.NO_OP).count();
        return new PlanCounts(counts, add, sum(counts, PlanAction.UPDATE), destroy, importing,
                sum(counts, PlanAction.FORGET), moved, shown, outputs, drift, plan.deferredChanges().size());
    }

    private static int sum(Map<PlanAction, Integer> counts, PlanAction... actions) {
        int total = 0;
        for (PlanAction action : actions) {
            total += counts.getOrDefault(action, 0);
        }
        return total;
    }
}
