package io.dataops.workbench.quality.validation.engine;

import java.util.List;

/**
 * How one expectation is computed on a batch: the aggregate SQL expressions it needs from the batch's one
 * scan (shared with the suite's other expectations; equal expressions are computed once), and how it turns
 * their values into its result, running further queries only where it must (unexpected values, distinct sets).
 */
public interface Plan {

    List<String> aggregates();

    Outcome finish(List<Object> values, BatchScope scope);
}
