package io.dataops.workbench.quality.suggest;

/**
 * How sure a suggestion is. OBSERVED: the profile proves it holds on the profiled data (no nulls, min and max).
 * CANDIDATE: the profile only makes it plausible (a pattern seen in the samples, an order seen in an id column);
 * {@link SuiteSuggester#confirm} checks candidates on the data.
 */
public enum Confidence { OBSERVED, CANDIDATE }
