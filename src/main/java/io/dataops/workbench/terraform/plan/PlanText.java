package io.dataops.workbench.terraform.plan;

import java.util.List;

/** A readable per-resource change list ({@code dataops plan show --format text}); every value is already masked. */
public final class PlanText {

    private PlanText() {
    }

    public static String write(Plan plan, ToolFlavor flavor) {
        StringBuilder text = new StringBuilder();
        for (ResourceChange change : plan.resourceChanges()) {
            if (change.action() == PlanAction.NO_OP && !change.isMoved() && !change.importing()) {
                continue;
            }
            text.append(change.action().symbol()).append(' ').append(change.address())
                    .append(" (").append(change.action().label()).append(')');
            if (!change.reasonWords().isEmpty()) {
                text.append(" because ").append(change.reasonWords());
            }
            text.append('\n');
            if (change.isMoved()) {
                text.append("    moved from ").append(change.previousAddress()).append('\n');
            }
            if (change.importing()) {
                text.append("    imported from id ").append(MaskedJson.quoted(change.importingId())).append('\n');
            }
            attributes(text, change.attributes(), "    ");
        }
        if (!plan.outputChanges().isEmpty()) {
            text.append("Outputs:\n");
            for (OutputChange output : plan.outputChanges()) {
                if (output.action() != PlanAction.NO_OP) {
                    text.append("  ").append(output.action().symbol()).append(' ').append(output.name()).append(" = ")
                            .append(arrow(output.before(), output.after())).append('\n');
                }
            }
        }
        for (ResourceChange drifted : plan.drift()) {
            text.append("drift: ").append(drifted.address()).append(" changed outside of ")
                    .append(flavor.productName()).append('\n');
        }
        text.append(SummaryLine.render(plan, flavor)).append('\n');
        return text.toString();
    }

    private static void attributes(StringBuilder text, List<AttributeDiff> diffs, String indent) {
        for (AttributeDiff diff : diffs) {
            if (!diff.isChanged()) {
                continue;
            }
            text.append(indent).append(diff.path());
            if (diff.isNested()) {
                text.append(diff.forcesReplacement() ? " (forces replacement)" : "").append('\n');
                attributes(text, diff.children(), indent + "  ");
                continue;
            }
            text.append(" = ").append(arrow(diff.before(), diff.after()));
            text.append(diff.forcesReplacement() ? " (forces replacement)" : "").append('\n');
        }
    }

    static String arrow(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        return before + " -> " + (after.isEmpty() ? "null" : after);
    }
}
