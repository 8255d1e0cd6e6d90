package io.dataops.workbench.app;

import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.terraform.plan.BlockLocation;
import io.dataops.workbench.terraform.run.TerraformTool;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.infrastructure.InfrastructureView;
import io.dataops.workbench.ui.infrastructure.plan.PlanGutter;
import io.dataops.workbench.ui.infrastructure.plan.PlanGutterViewModel;
import io.dataops.workbench.ui.infrastructure.plan.PlanPane;
import io.dataops.workbench.ui.infrastructure.plan.PlanServices;
import io.dataops.workbench.ui.infrastructure.plan.PlanViewModel;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.WorkbenchSettings;
import io.dataops.workbench.workspace.Workspace;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Hosts the plan view and the plan graph next to the Infrastructure area's own view, as "Plan" and "Graph" tabs, so the two can be built
 * independently. The plan reaches into the editor two ways: jumping from a resource to its block, and the
 * latest plan's action of each block in the editor's gutter.
 */
final class PlanHosting {

    private PlanHosting() {
    }

    /** The area view in a "Configuration" tab and the plan view (of {@code project}) in a "Plan" tab. */
    static Node withPlanTab(InfrastructureView areaView, Workspace workspace, TaskRunner runner,
                            ObservableValue<Project> project) {
        Tab configuration = new Tab("Configuration", areaView);
        configuration.setId("infra-tab-configuration");
        Tab plan = new Tab("Plan");
        plan.setId("infra-tab-plan");
        TabPane tabs = new TabPane(configuration, plan);
        tabs.setId("infra-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        PlanViewModel plans = planViewModel(workspace, runner, project, block -> {
            tabs.getSelectionModel().select(configuration);
            areaView.openAt(block.file(), block.line());
        });
        plan.setContent(new PlanPane(plans));
        tabs.getTabs().add(GraphHosting.graphTab(plans, runner, project));
        PlanGutterViewModel gutter = new PlanGutterViewModel(plans.services().history(), runner, project,
                plans.history().records());
        gutter.marksProperty().addListener((obs, old, marks) ->
                areaView.setGutterMarks(file -> PlanGutter.marksFor(marks, file)));
        return tabs;
    }

    /** The plan view model on this workspace: Settings' terraform binary and AWS profile/region, read at each run. */
    static PlanViewModel planViewModel(Workspace workspace, TaskRunner runner, ObservableValue<Project> project,
                                       Consumer<BlockLocation> jumpToBlock) {
        WorkbenchSettings settings = workspace.workbenchSettings();
        PlanServices services = new PlanServices(() -> new TerraformTool(settings.terraformBinary(),
                settings.awsProfile(), settings.awsRegion()), new PlanHistory(workspace::connect));
        PlanViewModel viewModel = new PlanViewModel(services, runner, project);
        viewModel.setOnJumpToBlock(jumpToBlock);
        return viewModel;
    }
}
