package io.dataops.workbench.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Worker;

/** A task as the status bar sees it: a title, its progress (negative while unknown), a message, and a way to stop it. */
public final class RunningTask {

    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Runnable cancelAction;

    RunningTask(String title, Runnable cancelAction) {
        this.title = title;
        this.cancelAction = cancelAction;
    }

    void bindTo(Worker<?> worker) {
        progress.bind(worker.progressProperty());
        message.bind(worker.messageProperty());
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Stops the work for real: runs the task's registered cancel actions and interrupts its thread. */
    public void cancel() {
        cancelAction.run();
    }

    @Override
    public String toString() {
        return title;
    }
}
