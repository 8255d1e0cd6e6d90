package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.validation.ExpectationConfig;

/** An expectation offered from a profile: what it checks, with kwargs prefilled, and why it was offered. */
public record SuggestedExpectation(String column, ExpectationConfig config, String reason) {
}
