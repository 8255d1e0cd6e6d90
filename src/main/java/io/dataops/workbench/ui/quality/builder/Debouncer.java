package io.dataops.workbench.ui.quality.builder;

/** Runs the last of a burst of requests once the burst is over; tests use one that runs at once. */
@FunctionalInterface
public interface Debouncer {

    void request(Runnable action);

    static Debouncer immediate() {
        return Runnable::run;
    }
}
