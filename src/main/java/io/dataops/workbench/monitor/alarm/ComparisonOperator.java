package io.dataops.workbench.monitor.alarm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The comparison operators of PutMetricAlarm for static thresholds; {@link #text()} is CloudWatch's name. */
public enum ComparisonOperator {
    GREATER_THAN_OR_EQUAL_TO_THRESHOLD("GreaterThanOrEqualToThreshold", ">="),
    GREATER_THAN_THRESHOLD("GreaterThanThreshold", ">"),
    LESS_THAN_THRESHOLD("LessThanThreshold", "<"),
    LESS_THAN_OR_EQUAL_TO_THRESHOLD("LessThanOrEqualToThreshold", "<=");

    private final String text;
    private final String symbol;

    ComparisonOperator(String text, String symbol) {
        this.text = text;
        this.symbol = symbol;
    }

    @JsonValue
    public String text() {
        return text;
    }

    public String symbol() {
        return symbol;
    }

    /** True when {@code value} is on the alarming side of {@code threshold}. */
    public boolean breaches(double value, double threshold) {
        return switch (this) {
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> value >= threshold;
            case GREATER_THAN_THRESHOLD -> value > threshold;
            case LESS_THAN_THRESHOLD -> value < threshold;
            case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> value <= threshold;
        };
    }

    /** The words CloudWatch's state reason uses: "greater than or equal to". */
    public String phrase() {
        return switch (this) {
            case GREATER_THAN_OR_EQUAL_TO_THRESHOLD -> "greater than or equal to";
            case GREATER_THAN_THRESHOLD -> "greater than";
            case LESS_THAN_THRESHOLD -> "less than";
            case LESS_THAN_OR_EQUAL_TO_THRESHOLD -> "less than or equal to";
        };
    }

    @JsonCreator
    public static ComparisonOperator parse(String text) {
        for (ComparisonOperator operator : values()) {
            if (operator.text.equals(text)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("Unknown ComparisonOperator '" + text + "': use GreaterThanOrEqualToThreshold,"
                + " GreaterThanThreshold, LessThanThreshold or LessThanOrEqualToThreshold");
    }
}
