package io.dataops.workbench.monitor.cloudwatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * What PutMetricData refuses in a single data point (CloudWatch API reference, PutMetricData and MetricDatum):
 * NaN and infinities, values whose magnitude is above 2^360 or, non-zero, below 2^-260, more than 30
 * dimensions, timestamps more than two weeks old or more than two hours ahead, empty or over-long names and
 * values, an {@code AWS/} namespace, and units CloudWatch does not know. One bad point would fail its whole
 * call, so such points are left out before sending, with the reason.
 */
public final class DataPointLimits {

    public static final int MAX_DIMENSIONS = 30;
    public static final Duration MAX_AGE = Duration.ofDays(14);
    public static final Duration MAX_AHEAD = Duration.ofHours(2);
    static final double MAX_MAGNITUDE = Math.scalb(1.0, 360);
    static final double MIN_MAGNITUDE = Math.scalb(1.0, -260);
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_DIMENSION_VALUE_LENGTH = 1024;

    public static final String NOT_FINITE = "NaN or infinite value (CloudWatch accepts finite numbers only)";
    public static final String OUT_OF_RANGE = "value outside CloudWatch's range (magnitude 2^-260 to 2^360, or 0)";
    public static final String TOO_MANY_DIMENSIONS = "more than " + MAX_DIMENSIONS + " dimensions";
    public static final String TOO_OLD = "timestamp more than two weeks old (CloudWatch accepts 14 days back to 2 hours ahead)";
    public static final String TOO_NEW = "timestamp more than two hours ahead (CloudWatch accepts 14 days back to 2 hours ahead)";
    public static final String BAD_NAME = "empty or too long namespace, metric or dimension name (1-255 characters;"
            + " dimension values 1-1024)";
    public static final String AWS_NAMESPACE = "namespace starting with AWS/ (reserved for AWS services)";
    public static final String BAD_UNIT = "unknown unit (use a CloudWatch unit such as Count, Percent, Seconds or None)";

    private final Clock clock;

    public DataPointLimits(Clock clock) {
        this.clock = clock;
    }

    /** Why CloudWatch would refuse {@code point}, or empty when it may be sent. */
    public Optional<String> refusal(MetricDataPoint point) {
        double value = point.value();
        if (!Double.isFinite(value)) {
            return Optional.of(NOT_FINITE);
        }
        double magnitude = Math.abs(value);
        if (magnitude > MAX_MAGNITUDE || (magnitude != 0 && magnitude < MIN_MAGNITUDE)) {
            return Optional.of(OUT_OF_RANGE);
        }
        if (point.dimensions().size() > MAX_DIMENSIONS) {
            return Optional.of(TOO_MANY_DIMENSIONS);
        }
        Instant now = clock.instant();
        if (point.timestamp().isBefore(now.minus(MAX_AGE))) {
            return Optional.of(TOO_OLD);
        }
        if (point.timestamp().isAfter(now.plus(MAX_AHEAD))) {
            return Optional.of(TOO_NEW);
        }
        if (point.namespace().startsWith("AWS/")) {
            return Optional.of(AWS_NAMESPACE);
        }
        if (!fits(point.namespace(), MAX_NAME_LENGTH) || !fits(point.name(), MAX_NAME_LENGTH) || !dimensionsFit(point)) {
            return Optional.of(BAD_NAME);
        }
        if (StandardUnit.fromValue(point.unit()) == StandardUnit.UNKNOWN_TO_SDK_VERSION) {
            return Optional.of(BAD_UNIT);
        }
        return Optional.empty();
    }

    private static boolean dimensionsFit(MetricDataPoint point) {
        for (Map.Entry<String, String> dimension : point.dimensions().entrySet()) {
            if (!fits(dimension.getKey(), MAX_NAME_LENGTH) || !fits(dimension.getValue(), MAX_DIMENSION_VALUE_LENGTH)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(String text, int max) {
        return text != null && !text.isBlank() && text.length() <= max;
    }
}
