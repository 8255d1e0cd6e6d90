package io.dataops.workbench.ui.common;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.CancelledException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Runs each task at once on the calling thread: deterministic view-model tests without the toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {

    private final ObservableList<RunningTask> none = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList());
    private final List<Throwable> reported = new ArrayList<>();
    private final ErrorReporter errorReporter = (context, error) -> reported.add(error);

    @Override
    public <T> RunningTask submit(BackgroundTask<T> spec) {
        CancellableContext context = CancellableContext.create();
        RunningTask handle = new RunningTask(spec.title(), context::cancel);
        T result;
        try {
            result = spec.work().run(context);
        } catch (CancelledException e) {
            spec.cancel();
            return handle;
        } catch (Exception e) {
            spec.fail(e, errorReporter);
            return handle;
        }
        spec.succeed(result);
        return handle;
    }

    @Override
    public ObservableList<RunningTask> runningTasks() {
        return none;
    }

    /** The failures that went to the error reporter, oldest first. */
    public List<Throwable> reportedErrors() {
        return List.copyOf(reported);
    }
}
