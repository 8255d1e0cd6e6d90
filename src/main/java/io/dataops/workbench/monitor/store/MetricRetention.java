package io.dataops.workbench.monitor.store;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.workspace.SettingsStore;
import java.time.Duration;

/**
 * How long the store keeps each resolution; CloudWatch's defaults (raw 15 days, 1-minute 63 days, 1-hour 455
 * days). Kept in the workspace settings as whole days under the keys below.
 */
public record MetricRetention(Duration raw, Duration minute, Duration hour) {

    public static final String RAW_DAYS = "monitor.retention.raw.days";
    public static final String MINUTE_DAYS = "monitor.retention.minute.days";
    public static final String HOUR_DAYS = "monitor.retention.hour.days";

    public static final MetricRetention DEFAULT = new MetricRetention(Duration.ofDays(15), Duration.ofDays(63),
            Duration.ofDays(455));

    public MetricRetention {
        if (raw.isNegative() || raw.isZero() || minute.compareTo(raw) < 0 || hour.compareTo(minute) < 0) {
            throw new UserFacingException("Metric retention must be positive and grow with the resolution"
                    + " (raw <= 1-minute <= 1-hour); got raw " + raw.toDays() + " days, 1-minute " + minute.toDays()
                    + " days, 1-hour " + hour.toDays() + " days. Fix the settings " + RAW_DAYS + ", " + MINUTE_DAYS
                    + " and " + HOUR_DAYS + ".");
        }
    }

    public static MetricRetention fromSettings(SettingsStore settings) {
        return new MetricRetention(days(settings, RAW_DAYS, DEFAULT.raw), days(settings, MINUTE_DAYS, DEFAULT.minute),
                days(settings, HOUR_DAYS, DEFAULT.hour));
    }

    public void save(SettingsStore settings) {
        settings.put(RAW_DAYS, Long.toString(raw.toDays()));
        settings.put(MINUTE_DAYS, Long.toString(minute.toDays()));
        settings.put(HOUR_DAYS, Long.toString(hour.toDays()));
    }

    private static Duration days(SettingsStore settings, String key, Duration fallback) {
        String text = settings.get(key).map(String::trim).orElse("");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Duration.ofDays(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new UserFacingException("The setting " + key + " must be a whole number of days, not '" + text + "'.", e);
        }
    }
}
