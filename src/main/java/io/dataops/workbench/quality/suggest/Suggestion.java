package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An expectation a rule proposes: the GX 1.x expectation (type and kwargs prefilled from what was observed), why
 * ("no nulls in 3,201 rows"), the statistic it came from, and the numbers the user may adjust. Adjusting goes
 * through the rule's {@link Adjuster}, so a "margin" can move both bounds of a between at once.
 */
public record Suggestion(String ruleId, Optional<String> column, ExpectationConfig expectation, String reason,
                         StatisticRef statistic, Confidence confidence, List<SuggestionParameter> parameters,
                         Adjuster adjuster) {

    /**
     * Rebuilds the expectation after parameter {@code changed} moved; {@code parameters} already hold its new value.
     * Parameters named like a kwarg are then read back from the new expectation, so a margin that moved both
     * bounds shows them.
     */
    @FunctionalInterface
    public interface Adjuster {
        ExpectationConfig apply(ExpectationConfig current, List<SuggestionParameter> parameters, String changed);
    }

    /** An adjuster that writes the changed parameter into the kwarg of the same name ("mostly", "min_value"). */
    public static final Adjuster KWARGS = (current, parameters, changed) -> {
        for (SuggestionParameter p : parameters) {
            if (p.name().equals(changed)) {
                return current.with(p.name(), p.integer() ? (Object) (long) p.value() : (Object) p.value());
            }
        }
        return current;
    };

    public Suggestion {
        parameters = List.copyOf(parameters);
    }

    public static Suggestion of(String ruleId, String column, ExpectationConfig expectation, String reason,
                                StatisticRef statistic) {
        return new Suggestion(ruleId, Optional.ofNullable(column), expectation, reason, statistic, Confidence.OBSERVED,
                List.of(), KWARGS);
    }

    public Suggestion withParameters(Adjuster newAdjuster, List<SuggestionParameter> newParameters) {
        return new Suggestion(ruleId, column, expectation, reason, statistic, confidence, newParameters, newAdjuster);
    }

    public Suggestion withConfidence(Confidence newConfidence) {
        return new Suggestion(ruleId, column, expectation, reason, statistic, newConfidence, parameters, adjuster);
    }

    public Optional<SuggestionParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** This suggestion with one parameter moved (clamped to its range) and the expectation rebuilt. */
    public Suggestion adjust(String name, double value) {
        List<SuggestionParameter> changed = new ArrayList<>();
        boolean found = false;
        for (SuggestionParameter p : parameters) {
            if (p.name().equals(name)) {
                changed.add(p.withValue(value));
                found = true;
            } else {
                changed.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("The suggestion " + expectation.type() + " has no parameter " + name
                    + "; it has " + parameters.stream().map(SuggestionParameter::name).toList() + ".");
        }
        ExpectationConfig rebuilt = adjuster.apply(expectation, changed, name);
        List<SuggestionParameter> synced = new ArrayList<>();
        for (SuggestionParameter p : changed) {
            Object kwarg = rebuilt.kwargs().get(p.name());
            synced.add(kwarg instanceof Number n && !p.name().equals(name)
                    ? new SuggestionParameter(p.name(), p.label(), n.doubleValue(), Math.min(p.min(), n.doubleValue()),
                    Math.max(p.max(), n.doubleValue()), p.step(), p.integer()) : p);
        }
        return new Suggestion(ruleId, column, rebuilt, reason, statistic, confidence, synced, adjuster);
    }
}
