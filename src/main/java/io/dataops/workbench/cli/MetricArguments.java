package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The option values of {@code dataops metrics}: times, periods, dimensions, statistics, the source. */
final class MetricArguments {

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})([smhdw]?)");
    private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,9})([smhdw])");

    private MetricArguments() {
    }

    /** {@code 300}, {@code 300s}, {@code 5m}, {@code 1h}, {@code 1d}: a positive number of seconds. */
    static Duration period(String text) {
        Matcher m = AMOUNT.matcher(text.trim().toLowerCase(Locale.ROOT));
        Duration period = m.matches() ? amount(Long.parseLong(m.group(1)), m.group(2)) : Duration.ZERO;
        if (period.isZero()) {
            throw new UserFacingException("Bad --period '" + text + "': give a positive number of seconds (60) or a"
                    + " duration such as 10s, 5m, 1h or 1d.");
        }
        return period;
    }

    /** {@code now}, a relative time such as {@code -3h} / {@code -15m} / {@code -7d}, or an ISO-8601 instant. */
    static Instant time(String option, String text, Instant now) {
        String t = text.trim();
        if (t.equalsIgnoreCase("now")) {
            return now;
        }
        Matcher relative = RELATIVE.matcher(t.toLowerCase(Locale.ROOT));
        if (relative.matches()) {
            return now.minus(amount(Long.parseLong(relative.group(1)), relative.group(2)));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserFacingException("Bad " + option + " '" + text + "': give an ISO-8601 instant with its offset"
                    + " (2026-03-01T10:00:00Z), 'now', or a time relative to now such as -3h, -15m or -7d.", e);
        }
    }

    /** {@code K=V} options as a dimension map; a key given twice is an error, as in CloudWatch. */
    static Map<String, String> dimensions(List<String> options) {
        Map<String, String> dimensions = new TreeMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new UserFacingException("Bad --dimension '" + option + "': write it as NAME=VALUE, e.g."
                        + " --dimension Host=build-01.");
            }
            String name = option.substring(0, equals).trim();
            if (dimensions.put(name, option.substring(equals + 1)) != null) {
                throw new UserFacingException("The dimension '" + name + "' is given twice; give each dimension once.");
            }
        }
        return dimensions;
    }

    static Statistic statistic(String text) {
        try {
            return Statistic.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("Bad --stat: " + e.getMessage() + ".", e);
        }
    }

    private static Duration amount(long count, String unit) {
        switch (unit) {
            case "m": return Duration.ofMinutes(count);
            case "h": return Duration.ofHours(count);
            case "d": return Duration.ofDays(count);
            case "w": return Duration.ofDays(7 * count);
            default: return Duration.ofSeconds(count);
        }
    }
}
