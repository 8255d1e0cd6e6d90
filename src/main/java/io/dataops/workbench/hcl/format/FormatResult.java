package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.Diagnostic;

import java.util.List;

/**
 * The outcome of {@link Formatter#format}: the formatted text (the input itself when it has syntax
 * errors), whether it differs from the input, and the syntax errors that stopped formatting.
 */
public record FormatResult(String text, boolean changed, List<Diagnostic> diagnostics) {

    public FormatResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the input had syntax errors and was left as it was. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }
}
