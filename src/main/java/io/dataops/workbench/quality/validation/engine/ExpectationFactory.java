package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.validation.ResultFormat;

/** Builds the plan of one expectation type from its kwargs, checking them against the batch's columns. */
@FunctionalInterface
public interface ExpectationFactory {

    Plan plan(Kwargs kwargs, BatchScope scope, ResultFormat format);
}
