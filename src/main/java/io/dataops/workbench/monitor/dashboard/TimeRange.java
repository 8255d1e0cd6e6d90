package io.dataops.workbench.monitor.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time range a dashboard shows: relative (the last hour, ending now, moving on with each refresh) or
 * absolute (fixed instants). {@link #resolve} turns it into the instants to query.
 */
public final class TimeRange {

    private final Duration last;
    private final Instant from;
    private final Instant to;

    private TimeRange(Duration last, Instant from, Instant to) {
        this.last = last;
        this.from = from;
        this.to = to;
    }

    public static TimeRange last(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A relative time range needs a positive length, not " + duration);
        }
        return new TimeRange(duration, null, null);
    }

    public static TimeRange between(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The start " + from + " must be before the end " + to);
        }
        return new TimeRange(null, from, to);
    }

    public boolean isRelative() {
        return last != null;
    }

    /** The length of the range. */
    public Duration length() {
        return isRelative() ? last : Duration.between(from, to);
    }

    public Instant from(Instant now) {
        return isRelative() ? now.minus(last) : from;
    }

    public Instant to(Instant now) {
        return isRelative() ? now : to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeRange t && Objects.equals(last, t.last) && Objects.equals(from, t.from)
                && Objects.equals(to, t.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(last, from, to);
    }

    @Override
    public String toString() {
        return isRelative() ? "last " + last : from + " to " + to;
    }
}
