package io.dataops.workbench.quality.history;

import java.util.List;

/** A stored run with each expectation's outcome, in the suite's order; {@code masked} when values were hidden. */
public record RunDetail(RunSummary run, List<ExpectationOutcome> outcomes, boolean masked) {

    public RunDetail {
        outcomes = List.copyOf(outcomes);
    }

    public List<ExpectationOutcome> failures() {
        return outcomes.stream().filter(ExpectationOutcome::failed).toList();
    }

    public long unexpectedCount() {
        return outcomes.stream().mapToLong(o -> o.unexpectedCount().orElse(0)).sum();
    }
}
