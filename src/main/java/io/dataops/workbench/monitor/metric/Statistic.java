package io.dataops.workbench.monitor.metric;

import java.util.Locale;
import java.util.Objects;

/**
 * A CloudWatch statistic: one of the five named ones, or a percentile {@code pNN} / {@code pNN.NN}
 * (CloudWatch's "extended statistic"). The text form is exactly CloudWatch's.
 */
public final class Statistic {

    public enum Kind { AVERAGE, SUM, MINIMUM, MAXIMUM, SAMPLE_COUNT, PERCENTILE }

    public static final Statistic AVERAGE = new Statistic(Kind.AVERAGE, "Average", Double.NaN);
    public static final Statistic SUM = new Statistic(Kind.SUM, "Sum", Double.NaN);
    public static final Statistic MINIMUM = new Statistic(Kind.MINIMUM, "Minimum", Double.NaN);
    public static final Statistic MAXIMUM = new Statistic(Kind.MAXIMUM, "Maximum", Double.NaN);
    public static final Statistic SAMPLE_COUNT = new Statistic(Kind.SAMPLE_COUNT, "SampleCount", Double.NaN);

    private final Kind kind;
    private final String text;
    private final double percentile;

    private Statistic(Kind kind, String text, double percentile) {
        this.kind = kind;
        this.text = text;
        this.percentile = percentile;
    }

    /** Parses {@code Average}, {@code Sum}, {@code Minimum}, {@code Maximum}, {@code SampleCount} or {@code p0..p100}. */
    public static Statistic parse(String text) {
        String t = text == null ? "" : text.trim();
        switch (t) {
            case "Average": return AVERAGE;
            case "Sum": return SUM;
            case "Minimum": return MINIMUM;
            case "Maximum": return MAXIMUM;
            case "SampleCount": return SAMPLE_COUNT;
            default: break;
        }
        if (t.length() > 1 && (t.charAt(0) == 'p' || t.charAt(0) == 'P')) {
            try {
                double p = Double.parseDouble(t.substring(1));
                if (p >= 0 && p <= 100) {
                    return new Statistic(Kind.PERCENTILE, "p" + t.substring(1), p);
                }
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("Unknown statistic '" + text + "': use Average, Sum, Minimum, Maximum,"
                + " SampleCount or a percentile such as p99 or p99.9");
    }

    public Kind kind() {
        return kind;
    }

    /** The percentile in 0..100; NaN for the named statistics. */
    public double percentile() {
        return percentile;
    }

    public boolean isPercentile() {
        return kind == Kind.PERCENTILE;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Statistic s && s.text.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return Objects.hash(text.toLowerCase(Locale.ROOT));
    }
}
