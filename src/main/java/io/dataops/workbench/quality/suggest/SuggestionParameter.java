package io.dataops.workbench.quality.suggest;

/**
 * A number of a suggestion the user may adjust (a slider or a spinner): {@code name} is the key passed to
 * {@link Suggestion#adjust(String, double)} ("mostly", "margin", "max_age_seconds"), {@code value} its current
 * value within [{@code min}, {@code max}], moved in steps of {@code step} ({@code integer}: whole numbers only).
 */
public record SuggestionParameter(String name, String label, double value, double min, double max, double step,
                                  boolean integer) {

    public SuggestionParameter {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min must not exceed max for parameter " + name);
        }
    }

    public static SuggestionParameter fraction(String name, String label, double value) {
        return new SuggestionParameter(name, label, value, 0, 1, 0.01, false);
    }

    /** This parameter set to {@code newValue}, clamped to its range and rounded for integers. */
    public SuggestionParameter withValue(double newValue) {
        double clamped = Math.max(min, Math.min(max, newValue));
        return new SuggestionParameter(name, label, integer ? Math.rint(clamped) : clamped, min, max, step, integer);
    }
}
