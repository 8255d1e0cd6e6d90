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
}
