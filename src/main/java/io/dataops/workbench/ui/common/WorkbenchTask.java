package io.dataops.workbench.ui.common;

import io.dataops.workbench.common.CancellableContext;
import javafx.concurrent.Task;

/** Adapts a JavaFX task to the core's {@link CancellableContext}: cancelling the task runs the work's stop actions. */
final class WorkbenchTask<T> extends Task<T> {

    private final TaskWork<T> work;
    private final CancellableContext context = new CancellableContext() {
        @Override
        public void progress(long done, long total) {
            if (total <= 0) {
                updateProgress(-1, -1);
            } else {
                updateProgress(done, total);
            }
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    };

    WorkbenchTask(String title, TaskWork<T> work) {
        this.work = work;
        updateTitle(title);
    }

    @Override
    protected T call() throws Exception {
        return work.run(context);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        // Stop actions first (Statement.cancel, process kill), then interrupt the thread.
        context.cancel();
        return super.cancel(mayInterruptIfRunning);
    }
}
