package io.dataops.workbench.terraform.history;

import java.time.Instant;

/** One stored plan as the history lists it (the plan itself is loaded on demand). */
public record PlanRecord(long id, Instant createdAt, String projectName, String projectLocation,
                         String terraformWorkspace, String inputs, String summary, boolean hasChanges) {

    /** "2024-05-01 12:00 · dev · Plan: 1 to add, ..." for lists. */
    public String label() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault()).format(createdAt)
                + " \u00b7 " + terraformWorkspace + " \u00b7 " + summary;
    }
}
