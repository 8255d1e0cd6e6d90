package io.dataops.workbench.monitor.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * A dashboard read from another tool's format, with what could not be carried over in plain words
 * ({@code widget 3 (Errors): metric math expression skipped}), so the user knows what the copy lacks.
 */
public record DashboardImport(Dashboard dashboard, List<String> notes) {

    public DashboardImport {
        Objects.requireNonNull(dashboard, "dashboard");
        notes = List.copyOf(notes);
    }

    public boolean complete() {
        return notes.isEmpty();
    }
}
