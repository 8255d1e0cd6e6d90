package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.terraform.history.PlanRecord;
import io.dataops.workbench.terraform.plan.BlockActions;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.Project;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The editor gutter's plan marks: what the latest stored plan of the current project does to each resource block.
 * Follows the plan history (newest first), so a new plan, another project or a cleared history updates the marks.
 */
public final class PlanGutterViewModel {

    private final PlanHistory history;
    private final TaskRunner runner;
    private final ObservableValue<Project> project;
    private final ReadOnlyObjectWrapper<BlockActions> marks = new ReadOnlyObjectWrapper<>(BlockActions.none());
    private long shownRecord = -1;

    /** {@code records}: the current project's stored plans, newest first, as {@link PlanHistoryViewModel} lists them. */
    public PlanGutterViewModel(PlanHistory history, TaskRunner runner, ObservableValue<Project> project,
                               ObservableList<PlanRecord> records) {
        this.history = history;
        this.runner = runner;
        this.project = project;
        records.addListener((ListChangeListener<PlanRecord>) change -> show(records.isEmpty() ? null : records.get(0)));
    }

    public ReadOnlyObjectProperty<BlockActions> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    private void show(PlanRecord latest) {
        Project target = project.getValue();
        if (latest == null || target == null || !latest.projectLocation().equals(target.location())) {
            shownRecord = -1;
            marks.set(BlockActions.none());
            return;
        }
        if (latest.id() == shownRecord) {
            return;
        }
        shownRecord = latest.id();
        Path projectDir = Path.of(target.location());
        runner.submit(BackgroundTask.of("Read the plan marks of " + target.name(),
                        context -> BlockActions.of(projectDir, history.load(latest.id())))
                .onSucceeded(found -> {
                    if (latest.id() == shownRecord && Objects.equals(project.getValue(), target)) {
                        marks.set(found);
                    }
                }));
    }
}
