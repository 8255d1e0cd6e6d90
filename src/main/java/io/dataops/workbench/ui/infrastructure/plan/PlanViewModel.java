package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.history.RecordedPlanRun;
import io.dataops.workbench.terraform.plan.BlockLocation;
import io.dataops.workbench.terraform.plan.BlockLocator;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanCounts;
import io.dataops.workbench.terraform.plan.ResourceChange;
import io.dataops.workbench.terraform.run.PlanRun;
import io.dataops.workbench.terraform.run.RunInputs;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.Project;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The plan view's state: run a plan of the current project (live console, cancellable), its summary and counts,
 * the filtered resource list, the selected resource, apply of the saved plan, and jumping to a block.
 */
public final class PlanViewModel {

    private static final int CONSOLE_LIMIT = 5_000;

    private final PlanServices services;
    private final TaskRunner runner;
    private final ObservableValue<Project> project;
    private final ObservableList<String> console = FXCollections.observableArrayList();
    private final ObservableList<ResourceChange> resources = FXCollections.observableArrayList();
    private final FilteredList<ResourceChange> filtered = new FilteredList<>(resources, ResourceFilter.all());
    private final ObjectProperty<ResourceFilter> filter = new SimpleObjectProperty<>(ResourceFilter.all());
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ResourceChange> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No plan yet. Press Plan to run terraform plan.");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final PlanHistoryViewModel history;
    private RunningTask current;
    private PlanRun.Result lastRun;
    private Consumer<BlockLocation> onJumpToBlock = location -> { };

    public PlanViewModel(PlanServices services, TaskRunner runner, ObservableValue<Project> project) {
        this.services = services;
        this.runner = runner;
        this.project = project;
        this.history = new PlanHistoryViewModel(services.history(), runner, this::showStored);
        filter.addListener((obs, old, now) -> filtered.setPredicate(now));
        project.addListener((obs, old, now) -> history.load(now));
    }

    public ObservableList<String> console() {
        return FXCollections.unmodifiableObservableList(console);
    }

    public ObservableList<ResourceChange> resources() {
        return filtered;
    }

    public ObjectProperty<ResourceFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResourceChange> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public PlanServices services() {
        return services;
    }

    public PlanHistoryViewModel history() {
        return history;
    }

    /** The editor's hook: called with the block of a resource when the user asks to see it. */
    public void setOnJumpToBlock(Consumer<BlockLocation> action) {
        this.onJumpToBlock = Objects.requireNonNull(action);
    }

    public void select(ResourceChange change) {
        selected.set(change);
    }

    /** Runs init and plan on the current project; output lines stream into the console. */
    public void runPlan(RunInputs inputs) {
        Project target = project.getValue();
        if (target == null || running.get()) {
            return;
        }
        console.clear();
        running.set(true);
        status.set("Planning " + target.name() + "\u2026");
        RecordedPlanRun run = new RecordedPlanRun(services.commands(), services.history());
        current = runner.submit(BackgroundTask.<RecordedPlanRun.Outcome>of("Plan " + target.name(), context ->
                        run.run(target.name(), Path.of(target.location()), inputs, this::appendLater, context))
                .onSucceeded(outcome -> {
                    lastRun = outcome.result();
                    show(outcome.result().plan(), outcome.result().summary());
                    status.set("Planned " + target.name() + " in Terraform workspace "
                            + outcome.result().terraformWorkspace() + ".");
                    history.load(target);
                })
                .onFailed(error -> {
                    status.set("The plan failed.");
                    summary.set(ErrorMessages.plainMessage(error));
                })
                .onCancelled(() -> status.set("Plan cancelled; terraform was stopped."))
                .onDone(() -> running.set(false)));
    }

    public void cancel() {
        if (current != null && running.get()) {
            current.cancel();
        }
    }

    /** Whether the plan on screen is the one just made, so apply would do exactly what it shows. */
    public boolean canApply() {
        return lastRun != null && plan.get() == lastRun.plan() && plan.get().counts().hasChanges() && !running.get();
    }

    /** Applies the saved plan file shown (after the view's confirmation with the summary). */
    public void apply() {
        if (!canApply()) {
            return;
        }
        PlanRun.Result toApply = lastRun;
        running.set(true);
        status.set("Applying\u2026");
        current = runner.submit(BackgroundTask.of("Apply " + toApply.projectDir().getFileName(), context -> {
                    services.commands().apply(toApply.projectDir(), toApply.planFile(), this::appendLater, context);
                    return toApply;
                })
                .onSucceeded(done -> {
                    status.set("Applied. Plan again to see the new state.");
                    lastRun = null;
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error)))
                .onCancelled(() -> status.set("Apply cancelled; terraform was stopped."))
                .onDone(() -> running.set(false)));
    }

    /** Finds the selected resource's block and hands it to the editor hook. */
    public Optional<BlockLocation> jumpToSelected() {
        Project target = project.getValue();
        ResourceChange change = selected.get();
        if (target == null || change == null || plan.get() == null) {
            return Optional.empty();
        }
        Optional<BlockLocation> location = new BlockLocator(Path.of(target.location()), plan.get()).locate(change);
        location.ifPresentOrElse(onJumpToBlock, () -> status.set("No block found for " + change.address() + "."));
        return location;
    }

    private void showStored(Plan stored, String storedSummary) {
        lastRun = null;
        show(stored, storedSummary);
    }

    private void show(Plan shown, String line) {
        plan.set(shown);
        summary.set(line);
        counts.set(countsText(shown.counts()));
        resources.setAll(shown.resourceChanges());
        selected.set(filtered.isEmpty() ? null : filtered.get(0));
    }

    static String countsText(PlanCounts c) {
        return "add " + c.toAdd() + " \u00b7 change " + c.toChange() + " \u00b7 destroy " + c.toDestroy()
                + " \u00b7 replace " + c.perAction().entrySet().stream().filter(e -> e.getKey().isReplace())
                .mapToInt(java.util.Map.Entry::getValue).sum()
                + " \u00b7 import " + c.toImport() + " \u00b7 move " + c.moved() + " \u00b7 forget " + c.toForget()
                + " \u00b7 outputs " + c.outputChanges() + " \u00b7 drift " + c.drift();
    }

    private void appendLater(String line) {
        if (Platform.isFxApplicationThread() || !isToolkitRunning()) {
            append(line);
        } else {
            Platform.runLater(() -> append(line));
        }
    }

    private void append(String line) {
        console.add(line);
        if (console.size() > CONSOLE_LIMIT) {
            console.remove(0, console.size() - CONSOLE_LIMIT);
        }
    }

    private static boolean isToolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException e) {
            return false; // view-model tests without the toolkit
        }
    }
}
