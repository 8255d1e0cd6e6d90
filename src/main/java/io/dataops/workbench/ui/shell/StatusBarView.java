package io.dataops.workbench.ui.shell;

import io.dataops.workbench.ui.common.RunningTask;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: the workspace on the left, each running task with its progress and a cancel button on the right. */
public final class StatusBarView extends HBox {

    private final ObservableList<RunningTask> tasks;
    private final HBox taskBox = new HBox(16);
    private final Label idle = new Label("No background tasks");

    public StatusBarView(String workspaceText, ObservableList<RunningTask> tasks) {
        this.tasks = tasks;
        setId("status-bar");
        getStyleClass().add("status-bar");
        Label workspace = new Label("Workspace: " + workspaceText);
        workspace.setId("status-workspace");
        workspace.setMinWidth(80);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        taskBox.setId("status-tasks");
        taskBox.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        getChildren().addAll(workspace, spacer, taskBox);
        tasks.addListener((ListChangeListener<RunningTask>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        if (tasks.isEmpty()) {
            taskBox.getChildren().setAll(idle);
            return;
        }
        taskBox.getChildren().setAll(tasks.stream().map(StatusBarView::entry).toList());
    }

    private static HBox entry(RunningTask task) {
        Label title = new Label(task.title());
        title.getStyleClass().add("task-title");
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.setMaxWidth(260);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("task-cancel");
        cancel.setTooltip(new Tooltip("Stop " + task.title()));
        cancel.setOnAction(event -> {
            cancel.setDisable(true);
            task.cancel();
        });
        HBox entry = new HBox(title, progress, message, cancel);
        entry.getStyleClass().add("task-entry");
        return entry;
    }
}
