package io.dataops.workbench.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to run in the background and what to do with its outcome. The callbacks run on the FX thread
 * (on the calling thread with {@link SameThreadTaskRunner}). Without {@link #onFailed}, a failure goes
 * to the runner's {@link ErrorReporter}; a {@link io.dataops.workbench.common.CancelledException} is
 * never a failure and ends in {@link #onCancelled}.
 */
public final class BackgroundTask<T> {

    private final String title;
    private final TaskWork<T> work;
    private Consumer<? super T> succeeded = result -> { };
    private Consumer<Throwable> failed;
    private Runnable cancelled = () -> { };
    private Runnable done = () -> { };

    private BackgroundTask(String title, TaskWork<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, TaskWork<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSucceeded(Consumer<? super T> action) {
        this.succeeded = Objects.requireNonNull(action);
        return this;
    }

    /** Handles a failure here instead of in the error dialog (for results shown inline). */
    public BackgroundTask<T> onFailed(Consumer<Throwable> action) {
        this.failed = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.cancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after any outcome, after the outcome's own callback. */
    public BackgroundTask<T> onDone(Runnable action) {
        this.done = Objects.requireNonNull(action);
        return this;
    }

    public String title() {
        return title;
    }

    TaskWork<T> work() {
        return work;
    }

    void succeed(T result) {
        try {
            succeeded.accept(result);
        } finally {
            done.run();
        }
    }

    void fail(Throwable error, ErrorReporter reporter) {
        try {
            if (failed != null) {
                failed.accept(error);
            } else {
                reporter.report(title, error);
            }
        } finally {
            done.run();
        }
    }

    void cancel() {
        try {
            cancelled.run();
        } finally {
            done.run();
        }
    }
}
