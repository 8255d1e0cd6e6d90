package io.dataops.workbench.ui.common;

import javafx.collections.ObservableList;

/**
 * The one way the UI runs work off the FX thread. {@link FxTaskRunner} in the application,
 * {@link SameThreadTaskRunner} in view-model tests.
 */
public interface TaskRunner {

    /** Starts the task and returns its handle; call on the FX thread. */
    <T> RunningTask submit(BackgroundTask<T> task);

    /** The tasks queued or running, in start order; changes on the FX thread. */
    ObservableList<RunningTask> runningTasks();
}
