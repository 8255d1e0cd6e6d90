package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.plan.ResourceChange;

/** A resource change as the table shows it: the notes column says moved, imported, deposed. */
final class ResourceRow {

    private ResourceRow() {
    }

    static String notes(ResourceChange change) {
        StringBuilder notes = new StringBuilder();
        if (change.isMoved()) {
            notes.append("moved from ").append(change.previousAddress());
        }
        if (change.importing()) {
            notes.append(notes.length() > 0 ? "; " : "").append("import id \"").append(change.importingId()).append('"');
        }
        if (!change.deposed().isEmpty()) {
            notes.append(notes.length() > 0 ? "; " : "").append("deposed object ").append(change.deposed());
        }
        return notes.toString();
    }

    static String module(ResourceChange change) {
        return change.moduleAddress().isEmpty() ? "(root)" : change.moduleAddress();
    }
}
