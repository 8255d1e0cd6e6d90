package io.dataops.workbench.monitor.cloudwatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The period CloudWatch can answer for a range. CloudWatch keeps data at coarser resolutions as it ages:
 * periods under a minute (1, 5, 10, 30 s, high-resolution metrics) for 3 hours, 1-minute data for 15 days,
 * 5-minute data for 63 days, hourly data beyond (up to 455 days). A period it cannot answer for the start
 * of the range is rounded up to the next one it can; so is one that would make a single query return more
 * than {@value #MAX_DATAPOINTS} datapoints, GetMetricData's limit per call.
 */
public final class CloudWatchPeriods {

    /** GetMetricData returns at most this many datapoints per call. */
    public static final long MAX_DATAPOINTS = 100_800;

    static final Duration HIGH_RESOLUTION_KEPT = Duration.ofHours(3);
    static final Duration MINUTE_KEPT = Duration.ofDays(15);
    static final Duration FIVE_MINUTES_KEPT = Duration.ofDays(63);
    private static final long[] HIGH_RESOLUTION = {1, 5, 10, 30};

    private CloudWatchPeriods() {
    }

    /** The chosen period and, when it differs from the wanted one, why (for notes shown to the user). */
    public record Choice(Duration period, Optional<String> reason) {
    }

    public static Duration choose(Instant from, Instant to, Duration wanted, Instant now) {
        return choice(from, to, wanted, now).period();
    }

    public static Choice choice(Instant from, Instant to, Duration wanted, Instant now) {
        Duration age = Duration.between(from, now);
        long step = age.compareTo(FIVE_MINUTES_KEPT) > 0 ? 3600
                : age.compareTo(MINUTE_KEPT) > 0 ? 300
                : age.compareTo(HIGH_RESOLUTION_KEPT) > 0 ? 60 : 1;
        long wantedSeconds = Math.max(1, ceilDiv(wanted.toMillis(), 1000));
        long period = allowed(wantedSeconds, step);
        String why = period == wantedSeconds ? null : retentionReason(step);
        long rangeSeconds = Math.max(1, ceilDiv(Duration.between(from, to).toMillis(), 1000));
        if (rangeSeconds / period > MAX_DATAPOINTS) {
            period = allowed(ceilDiv(rangeSeconds, MAX_DATAPOINTS), step);
            why = "a " + seconds(rangeSeconds) + " range at a shorter period would exceed GetMetricData's "
                    + MAX_DATAPOINTS + " datapoints";
        }
        Duration chosen = Duration.ofSeconds(period);
        return new Choice(chosen, why == null || chosen.equals(wanted) ? Optional.empty()
                : Optional.of("period " + seconds(wanted.toSeconds()) + " → " + seconds(period) + ": " + why));
    }

    /** The smallest period of at least {@code seconds} that CloudWatch answers at resolution {@code step}. */
    private static long allowed(long seconds, long step) {
        if (step == 1) {
            for (long p : HIGH_RESOLUTION) {
                if (seconds <= p) {
                    return p;
                }
            }
            step = 60;
        }
        return ceilDiv(seconds, step) * step;
    }

    private static String retentionReason(long step) {
        if (step == 3600) {
            return "data older than 63 days is kept at hourly resolution";
        }
        if (step == 300) {
            return "data older than 15 days is kept at 5-minute resolution";
        }
        if (step == 60) {
            return "periods under a minute are kept for 3 hours only; otherwise CloudWatch answers multiples of 60 s";
        }
        return "CloudWatch answers periods of 1, 5, 10, 30 s or multiples of 60 s";
    }

    private static String seconds(long seconds) {
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + " d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
