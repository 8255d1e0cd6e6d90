package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;

import java.util.List;

/**
 * The result of evaluating an expression: a value (an unknown one where errors made it impossible) and
 * the diagnostics found on the way.
 */
public record Evaluation(HclValue value, List<Diagnostic> diagnostics) {

    public Evaluation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
