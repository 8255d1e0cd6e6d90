package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.terraform.history.PlanRecord;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanComparison;
import io.dataops.workbench.terraform.plan.PlanComparison.ResourceDifference;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.Project;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The stored plans of the current project: open one, or compare two (resources and attributes new, gone, different). */
public final class PlanHistoryViewModel {

    private final PlanHistory history;
    private final TaskRunner runner;
    private final BiConsumer<Plan, String> opener;
    private final ObservableList<PlanRecord> records = FXCollections.observableArrayList();
    // Kept: a view made per call listens weakly and may be collected with the listeners added to it.
    private final ObservableList<PlanRecord> recordsView = FXCollections.unmodifiableObservableList(records);
    private final ObservableList<ResourceDifference> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("Select two plans to compare them.");

    PlanHistoryViewModel(PlanHistory history, TaskRunner runner, BiConsumer<Plan, String> opener) {
        this.history = history;
        this.runner = runner;
        this.opener = opener;
    }

    public ObservableList<PlanRecord> records() {
        return recordsView;
    }

    public ObservableList<ResourceDifference> differences() {
        return FXCollections.unmodifiableObservableList(differences);
    }

    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public void load(Project project) {
        if (project == null) {
            records.clear();
            return;
        }
        runner.submit(BackgroundTask.<List<PlanRecord>>of("Load plan history",
                context -> history.list(project.location())).onSucceeded(records::setAll));
    }

    /** Shows a stored plan in the plan view. */
    public void open(PlanRecord record) {
        runner.submit(BackgroundTask.of("Open plan " + record.id(), context -> history.load(record.id()))
                .onSucceeded(plan -> opener.accept(plan, record.summary())));
    }

    /** Compares an older plan with a newer one: what the newer plan does differently. */
    public void compare(PlanRecord first, PlanRecord second) {
        PlanRecord older = first.id() < second.id() ? first : second;
        PlanRecord newer = older == first ? second : first;
        runner.submit(BackgroundTask.<List<ResourceDifference>>of("Compare plans", context ->
                        PlanComparison.compare(history.load(older.id()), history.load(newer.id())))
                .onSucceeded(result -> {
                    differences.setAll(result);
                    comparison.set(result.isEmpty() ? "Plans " + older.id() + " and " + newer.id() + " plan the same changes."
                            : result.size() + " resources differ between plan " + older.id() + " and plan "
                            + newer.id() + ".");
                }));
    }
}
