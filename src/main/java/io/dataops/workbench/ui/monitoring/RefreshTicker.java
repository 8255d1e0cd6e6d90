package io.dataops.workbench.ui.monitoring;

import java.time.Duration;

/** Runs an action on the FX thread at a fixed interval until the returned handle is closed. */
@FunctionalInterface
public interface RefreshTicker {

    /** A running schedule; closing it stops it. */
    interface Schedule extends AutoCloseable {
        @Override
        void close();
    }

    Schedule every(Duration interval, Runnable action);
}
