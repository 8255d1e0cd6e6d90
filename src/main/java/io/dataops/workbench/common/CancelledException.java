package io.dataops.workbench.common;

/** Thrown by core code that stops because its task was cancelled; not an error to report. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled", null, false, false);
    }
}
