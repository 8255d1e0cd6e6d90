package io.dataops.workbench.quality.validation;

import java.time.Instant;
import java.util.List;

/**
 * A suite run on one batch: the results in the suite's order plus what was validated and when. Success means
 * every expectation passed and none raised.
 */
public record ValidationResult(String suiteName, String batchLabel, Instant runAt, List<ExpectationResult> results) {

    public ValidationResult {
        results = List.copyOf(results);
    }

    public boolean success() {
        return results.stream().allMatch(r -> r.success() && !r.raisedException());
    }

    public int evaluated() {
        return results.size();
    }

    public int successful() {
        return (int) results.stream().filter(r -> r.success() && !r.raisedException()).count();
    }

    /** As Great Expectations computes it: successful / evaluated * 100, or null when nothing was evaluated. */
    public Double successPercent() {
        return results.isEmpty() ? null : successful() * 100.0 / results.size();
    }
}
