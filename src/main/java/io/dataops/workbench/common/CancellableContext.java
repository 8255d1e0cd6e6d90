package io.dataops.workbench.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A task context whose {@link #cancel()} runs the registered cancel actions exactly once. The UI's
 * task runner and the CLI each hold one per running task and forward progress to their own display.
 */
public class CancellableContext implements TaskContext {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();

    public static CancellableContext create() {
        return new CancellableContext();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Marks the task cancelled and runs every registered action; later calls do nothing. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            for (Runnable action : cancelActions) {
                try {
                    action.run();
                } catch (RuntimeException ignored) {
                    // One failing stop action must not keep the others from running.
                }
            }
        }
    }

    @Override
    public void progress(long done, long total) {
    }

    @Override
    public void message(String text) {
    }

    @Override
    public Registration onCancel(Runnable action) {
        cancelActions.add(action);
        if (cancelled.get()) {
            // Registered after cancel(): the work must still stop.
            action.run();
        }
        return () -> cancelActions.remove(action);
    }
}
