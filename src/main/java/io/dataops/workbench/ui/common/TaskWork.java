package io.dataops.workbench.ui.common;

import io.dataops.workbench.common.TaskContext;

/** The body of a background task: synchronous core code that reports to, and honours cancellation of, its context. */
@FunctionalInterface
public interface TaskWork<T> {
    T run(TaskContext context) throws Exception;
}
