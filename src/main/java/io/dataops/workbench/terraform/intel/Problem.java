package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.Diagnostic;

/** A diagnostic of the project placed in its file, as the Problems panel lists it. */
public record Problem(Location location, Diagnostic.Severity severity, String summary, String detail) {

    public String message() {
        return detail == null || detail.isBlank() ? summary : summary + ": " + detail;
    }
}
