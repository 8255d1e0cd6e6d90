package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.Diagnostic;

/** A diagnostic placed in an editor text: char offsets [start, end), at least one char wide, and its message. */
public record DiagnosticSpan(int start, int end, Diagnostic.Severity severity, String message) {
}
