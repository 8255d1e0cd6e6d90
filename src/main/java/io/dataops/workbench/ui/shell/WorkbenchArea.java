package io.dataops.workbench.ui.shell;

import io.dataops.workbench.workspace.Area;
import java.util.Optional;

/** The entries of the navigation rail, in order; {@code Ctrl+<n>} opens the n-th. */
public enum WorkbenchArea {
    INFRASTRUCTURE("Infrastructure", "nav-infrastructure"),
    DATA_QUALITY("Data Quality", "nav-quality"),
    MONITORING("Monitoring", "nav-monitoring"),
    SETTINGS("Settings", "nav-settings");

    private final String label;
    private final String navId;

    WorkbenchArea(String label, String navId) {
        this.label = label;
        this.navId = navId;
    }

    public String label() {
        return label;
    }

    /** The stable node id of the navigation entry ({@code #nav-quality}). */
    public String navId() {
        return navId;
    }

    /** The id of the area's content node ({@code #area-quality}). */
    public String contentId() {
        return navId.replace("nav-", "area-");
    }

    public int shortcutNumber() {
        return ordinal() + 1;
    }

    public static Optional<WorkbenchArea> of(Area area) {
        return switch (area) {
            case INFRASTRUCTURE -> Optional.of(INFRASTRUCTURE);
            case DATA_QUALITY -> Optional.of(DATA_QUALITY);
            case MONITORING -> Optional.of(MONITORING);
        };
    }

    public static WorkbenchArea parse(String value, WorkbenchArea fallback) {
        for (WorkbenchArea area : values()) {
            if (area.name().equals(value)) {
                return area;
            }
        }
        return fallback;
    }
}
