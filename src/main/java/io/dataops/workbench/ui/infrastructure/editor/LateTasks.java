package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.concurrent.RejectedExecutionException;

/**
 * Submits work started by a timer (draft saves, syntax checks, disk checks). Such a timer can fire once
 * more after the window closed its task runner; that late work is dropped instead of failing on the FX
 * thread. Drafts lost this way were already asked about when the window closed.
 */
public final class LateTasks {

    private LateTasks() {
    }

    public static <T> void submit(TaskRunner runner, BackgroundTask<T> task) {
        try {
            runner.submit(task);
        } catch (RejectedExecutionException e) {
            // The window is gone; so is the reason for this work.
        }
    }
}
