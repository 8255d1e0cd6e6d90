package io.dataops.workbench.monitor.dashboard;

import java.time.Duration;

/**
 * The period a widget with an automatic period uses: the shortest of CloudWatch's usual periods that keeps
 * a range under {@value #MAX_POINTS} datapoints per series (the chart decimates to pixels anyway, so this
 * bounds what is fetched, not what is drawn).
 */
public final class AutoPeriod {

    public static final int MAX_POINTS = 1440;
    private static final long[] PERIODS = {10, 30, 60, 300, 900, 3600, 21_600, 86_400};

    private AutoPeriod() {
    }

    public static Duration forRange(Duration range) {
        long seconds = Math.max(1, range.toSeconds());
        for (long period : PERIODS) {
            if (seconds / period <= MAX_POINTS) {
                return Duration.ofSeconds(period);
            }
        }
        return Duration.ofSeconds(PERIODS[PERIODS.length - 1]);
    }

    /** The widget's own period, or the automatic one for this range. */
    public static Duration of(Widget widget, Duration range) {
        return widget.autoPeriod() ? forRange(range) : widget.period();
    }

    /**
     * As {@link #of(Widget, Duration)}, but on CloudWatch an automatic period is at least a minute: most
     * CloudWatch metrics are standard resolution (one value a minute), so a shorter period only gives gaps, and
     * CloudWatch's console starts there too. A widget's own period (10 s for a high-resolution metric) stays.
     */
    public static Duration of(Widget widget, Duration range, DashboardSource source) {
        Duration period = of(widget, range);
        return source.isCloudWatch() && widget.autoPeriod() && period.compareTo(CLOUDWATCH_MINIMUM) < 0
                ? CLOUDWATCH_MINIMUM : period;
    }

    private static final Duration CLOUDWATCH_MINIMUM = Duration.ofMinutes(1);
}
