package io.dataops.workbench.monitor.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tick marks for a time axis at round local times (every 5 min, every hour, at midnight) in a chosen zone. */
public final class TimeTicks {

    /** One tick: where (epoch milliseconds) and its label. */
    public record Tick(double millis, String label) {
    }

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long[] STEPS = {SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
        MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR,
        12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY};
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

    private TimeTicks() {
    }

    /** At most {@code maxTicks} ticks inside {@code [from, to]}; midnight ticks are labelled with the date. */
    public static List<Tick> of(double from, double to, int maxTicks, ZoneId zone) {
        List<Tick> ticks = new ArrayList<>();
        if (!(to > from) || maxTicks < 1) {
            return ticks;
        }
        long step = step(to - from, maxTicks);
        long start = (long) Math.floor(from);
        // Align in local time so ticks fall on round local hours, whatever the zone's offset.
        long offset = zone.getRules().getOffset(Instant.ofEpochMilli(start)).getTotalSeconds() * SECOND;
        long first = Math.floorDiv(start + offset, step) * step - offset;
        for (long t = first; t <= to; t += step) {
            if (t >= from) {
                ticks.add(new Tick(t, label(t, step, zone)));
            }
        }
        return ticks;
    }

    static long step(double span, int maxTicks) {
        for (long step : STEPS) {
            if (span / step <= maxTicks) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1] * (long) Math.ceil(span / STEPS[STEPS.length - 1] / maxTicks);
    }

    private static String label(long millis, long step, ZoneId zone) {
        ZonedDateTime time = Instant.ofEpochMilli(millis).atZone(zone);
        if (step >= DAY || (time.getHour() == 0 && time.getMinute() == 0 && time.getSecond() == 0)) {
            return DAYS.format(time);
        }
        return step < MINUTE ? SECONDS.format(time) : MINUTES.format(time);
    }
}
