package io.dataops.workbench.ui.common;

/** Shows an error to the user; {@code context} says what was being done ("Preview SAMPLES.PAYMENT"). */
@FunctionalInterface
public interface ErrorReporter {
    void report(String context, Throwable error);
}
