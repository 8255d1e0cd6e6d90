package io.dataops.workbench.terraform.plan;

/**
 * The one line that sums up a plan, worded exactly as {@code terraform show -no-color} (or {@code tofu show})
 * prints it for a normal-mode plan. The facts come from Terraform's plan renderer (internal/command/jsonformat):
 * imports are prefixed, forgets are counted only by OpenTofu, a plan with only output changes has no "Plan:"
 * line but a sentence about saving the outputs; paragraphs Terraform word-wraps are returned unwrapped.
 */
public final class SummaryLine {

    private SummaryLine() {
    }

    public static String render(Plan plan, ToolFlavor flavor) {
        PlanCounts counts = plan.counts();
        String product = flavor.productName();
        if (counts.shown() == 0 && counts.outputChanges() == 0 && plan.actionInvocations() == 0) {
            if (plan.errored()) {
                return "Planning failed. " + product + " encountered an error while generating this plan.";
            }
            if (counts.deferred() > 0) {
                return "No current changes. This plan requires another plan to be applied first.";
            }
            return "No changes. Your infrastructure matches the configuration.";
        }
        if (counts.shown() == 0 && plan.actionInvocations() == 0) {
            return "You can apply this plan to save these new output values to the " + product
                    + " state, without changing any real infrastructure.";
        }
        return planLine(counts, plan.actionInvocations(), flavor);
    }

    private static String planLine(PlanCounts counts, int actionInvocations, ToolFlavor flavor) {
        StringBuilder line = new StringBuilder("Plan: ");
        if (counts.toImport() > 0) {
            line.append(counts.toImport()).append(" to import, ");
        }
        line.append(counts.toAdd()).append(" to add, ")
                .append(counts.toChange()).append(" to change, ")
                .append(counts.toDestroy()).append(" to destroy");
        if (flavor == ToolFlavor.OPENTOFU && counts.toForget() > 0) {
            line.append(", ").append(counts.toForget()).append(" to forget");
        }
        line.append('.');
        if (actionInvocations > 0) {
            line.append(" Actions: ").append(actionInvocations).append(" to invoke.");
        }
        return line.toString();
    }
}
