package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.dashboard.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The time range picker's presets and how a range is labelled. */
public enum TimeRangeChoice {
    HOUR("1h", Duration.ofHours(1)),
    THREE_HOURS("3h", Duration.ofHours(3)),
    TWELVE_HOURS("12h", Duration.ofHours(12)),
    DAY("1d", Duration.ofDays(1)),
    WEEK("1w", Duration.ofDays(7));

    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final String label;
    private final Duration length;

    TimeRangeChoice(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public TimeRange range() {
        return TimeRange.last(length);
    }

    @Override
    public String toString() {
        return label;
    }

    /** "Last 1h", "Last 90 min", or "2026-03-01 10:00 – 2026-03-01 12:00 UTC". */
    public static String describe(TimeRange range, ZoneId zone, boolean utc) {
        if (range.isRelative()) {
            for (TimeRangeChoice choice : values()) {
                if (choice.length.equals(range.length())) {
                    return "Last " + choice.label;
                }
            }
            return "Last " + range.length().toMinutes() + " min";
        }
        Instant epoch = Instant.EPOCH;
        return ABSOLUTE.format(range.from(epoch).atZone(zone)) + " – " + ABSOLUTE.format(range.to(epoch).atZone(zone))
                + (utc ? " UTC" : "");
    }
}
