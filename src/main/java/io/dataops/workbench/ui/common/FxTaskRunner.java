package io.dataops.workbench.ui.common;

import io.dataops.workbench.common.CancelledException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks on one pool of named daemon threads and reports their outcome on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final ErrorReporter errorReporter;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);

    public FxTaskRunner(ErrorReporter errorReporter) {
        this(errorReporter, 4);
    }

    public FxTaskRunner(ErrorReporter errorReporter, int threads) {
        this.errorReporter = errorReporter;
        this.executor = Executors.newFixedThreadPool(threads, new NamedDaemonThreads());
    }

    @Override
    public <T> RunningTask submit(BackgroundTask<T> spec) {
        WorkbenchTask<T> task = new WorkbenchTask<>(spec.title(), spec.work());
        RunningTask handle = new RunningTask(spec.title(), task::cancel);
        handle.bindTo(task);
        task.setOnSucceeded(event -> {
            running.remove(handle);
            spec.succeed(task.getValue());
        });
        task.setOnCancelled(event -> {
            running.remove(handle);
            spec.cancel();
        });
        task.setOnFailed(event -> {
            running.remove(handle);
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                spec.cancel();
            } else {
                LOG.warn("Task failed: {}", spec.title(), error);
                spec.fail(error, errorReporter);
            }
        });
        runOnFx(() -> running.add(handle));
        executor.execute(task);
        return handle;
    }

    @Override
    public ObservableList<RunningTask> runningTasks() {
        return runningView;
    }

    /** Cancels what is still running and stops the threads. */
    @Override
    public void close() {
        // A cancelled task removes itself from the list, so cancel from a copy.
        runOnFx(() -> List.copyOf(running).forEach(RunningTask::cancel));
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "dataops-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught exception in {}", t.getName(), e));
            return thread;
        }
    }
}
