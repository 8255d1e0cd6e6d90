package io.dataops.workbench.common;

/**
 * What a long-running core operation sees of the task that runs it: progress to report, and
 * cancellation to honour. Core code stays free of JavaFX; the UI adapts a JavaFX task to this,
 * the CLI a console, and tests use {@link #none()}.
 */
public interface TaskContext {

    boolean isCancelled();

    void progress(long done, long total);

    void message(String text);

    /**
     * Registers what really stops blocked work on cancel (a JDBC {@code Statement.cancel()}, killing
     * a process tree): checking a flag alone cannot interrupt a query that is waiting on the server.
     * Closing the returned registration removes the action once the work is past the blocking call.
     */
    Registration onCancel(Runnable action);

    /** Throws {@link CancelledException} when the task has been cancelled, or the thread interrupted. */
    default void checkCancelled() {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }

    /** A registration of a cancel action; closing it never throws. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** A context that reports nowhere and is cancelled only by interrupting the thread. */
    static TaskContext none() {
        return CancellableContext.create();
    }
}
