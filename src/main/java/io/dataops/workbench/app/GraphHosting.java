package io.dataops.workbench.app;

import io.dataops.workbench.terraform.graph.GraphNode;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.infrastructure.graph.GraphPane;
import io.dataops.workbench.ui.infrastructure.graph.GraphViewModel;
import io.dataops.workbench.ui.infrastructure.plan.PlanViewModel;
import io.dataops.workbench.workspace.Project;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

/**
 * The "Graph" tab next to the plan: the configuration's graph with the plan on screen laid over it, rebuilt
 * (in the background) when the project or the plan changes while the tab is shown, or when it is next shown.
 * "Open in editor" goes through the plan view's jump to a block, so it opens what the plan tab would.
 */
final class GraphHosting {

    private GraphHosting() {
    }

    static Tab graphTab(PlanViewModel plans, TaskRunner runner, ObservableValue<Project> project) {
        GraphViewModel graph = new GraphViewModel(runner);
        graph.setOnOpenInEditor(node -> openInEditor(plans, graph, node));
        Tab tab = new Tab("Graph", new GraphPane(graph));
        tab.setId("infra-tab-graph");
        boolean[] stale = {true};
        Runnable reload = () -> {
            if (tab.isSelected()) {
                stale[0] = false;
                graph.load(Optional.ofNullable(project.getValue()).map(p -> Path.of(p.location())),
                        Optional.ofNullable(plans.planProperty().get()));
            } else {
                stale[0] = true;
            }
        };
        project.addListener((obs, old, now) -> reload.run());
        plans.planProperty().addListener((obs, old, now) -> reload.run());
        tab.selectedProperty().addListener((obs, old, now) -> {
            if (now && stale[0]) {
                reload.run();
            }
        });
        return tab;
    }

    private static void openInEditor(PlanViewModel plans, GraphViewModel graph, GraphNode node) {
        if (node.changes().isEmpty() || plans.planProperty().get() == null) {
            graph.tell("Only resources in the plan open from here for now; find " + node.address()
                    + " in the Configuration tab.");
            return;
        }
        plans.select(node.changes().get(0));
        plans.jumpToSelected();
    }
}
