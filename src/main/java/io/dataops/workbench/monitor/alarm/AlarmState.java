package io.dataops.workbench.monitor.alarm;

/** CloudWatch's three alarm states, with CloudWatch's spelling. */
public enum AlarmState {
    OK, ALARM, INSUFFICIENT_DATA;

    /** Parses {@code OK}, {@code ALARM} or {@code INSUFFICIENT_DATA} (case-insensitive) with a clear error. */
    public static AlarmState parse(String text) {
        for (AlarmState state : values()) {
            if (state.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return state;
            }
        }
        throw new IllegalArgumentException("Unknown alarm state '" + text + "': use OK, ALARM or INSUFFICIENT_DATA");
    }
}
