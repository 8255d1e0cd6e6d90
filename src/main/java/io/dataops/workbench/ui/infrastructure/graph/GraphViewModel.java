package io.dataops.workbench.ui.infrastructure.graph;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.ConfigAnalyzer;
import io.dataops.workbench.terraform.graph.Addresses;
import io.dataops.workbench.terraform.graph.GraphDot;
import io.dataops.workbench.terraform.graph.GraphFilter;
import io.dataops.workbench.terraform.graph.GraphLayout;
import io.dataops.workbench.terraform.graph.GraphNode;
import io.dataops.workbench.terraform.graph.GraphScene;
import io.dataops.workbench.terraform.graph.GraphSvg;
import io.dataops.workbench.terraform.graph.InfraGraph;
import io.dataops.workbench.terraform.graph.InfraGraphs;
import io.dataops.workbench.terraform.graph.PlanConfiguration;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The graph view's state: the graph (of the configuration, with the plan's actions when there is a plan), which
 * modules are open, the filter, the laid-out scene (computed in the background, modules laid out when first
 * opened and cached), the selection, the highlighted blast radius, and exports.
 */
public final class GraphViewModel {

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<InfraGraph> graph = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GraphScene> scene = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<GraphFilter> filter = new SimpleObjectProperty<>(GraphFilter.ALL);
    private final ReadOnlyObjectWrapper<GraphNode> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<String> focus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No graph yet.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Set<String> open = new HashSet<>();
    private boolean onlyChanged;
    private GraphLayout layout;
    private RunningTask layingOut;
    private Consumer<GraphNode> onOpenInEditor = node -> { };

    public GraphViewModel(TaskRunner runner) {
        this.runner = runner;
        filter.addListener((obs, old, now) -> relayout());
    }

    public ReadOnlyObjectProperty<InfraGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    public ObjectProperty<GraphFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<GraphNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The blast radius on screen (empty when none): the view dims everything else. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** The address the view should bring into sight (after a search). */
    public ReadOnlyObjectProperty<String> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The integrator's hook: open the node's block in the editor. */
    public void setOnOpenInEditor(Consumer<GraphNode> action) {
        this.onOpenInEditor = Objects.requireNonNull(action);
    }

    /**
     * Builds the graph of {@code projectDir}'s configuration (our semantic model: no terraform needed) with the
     * plan's actions; with no directory, the plan's resources alone.
     */
    public void load(Optional<Path> projectDir, Optional<Plan> plan) {
        if (projectDir.isEmpty() && plan.isEmpty()) {
            show(null);
            status.set("No project and no plan: nothing to draw.");
            return;
        }
        busy.set(true);
        status.set("Building the graph\u2026");
        runner.submit(BackgroundTask.<InfraGraph>of("Build the graph", context -> projectDir
                        .map(dir -> InfraGraphs.fromConfiguration(
                                new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT).analyse().graph(), plan))
                        .orElseGet(() -> InfraGraphs.fromPlan(plan.orElseThrow(), PlanConfiguration.empty())))
                .onSucceeded(this::show)
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error)))
                .onDone(() -> busy.set(false)));
    }

    /** Shows a graph already built (modules collapsed). */
    public void show(InfraGraph built) {
        graph.set(built);
        layout = built == null ? null : new GraphLayout(built);
        open.clear();
        selected.set(null);
        highlighted.set(Set.of());
        if (built == null) {
            scene.set(null);
            return;
        }
        onlyChanged = false;
        relayout();
    }

    public boolean isOpen(String module) {
        return open.contains(module);
    }

    /** Opens a collapsed module (its layout runs in the background the first time) or closes an open one. */
    public void toggle(String module) {
        if (!open.remove(module)) {
            open.add(module);
        }
        relayout();
    }

    /** Shows only changed nodes and their direct neighbours, or everything again. */
    public void setOnlyChangedAndNeighbours(boolean only) {
        onlyChanged = only;
        relayout();
    }

    public void select(String address) {
        InfraGraph current = graph.get();
        selected.set(current == null ? null : current.node(address).orElse(null));
    }

    /** Selects the best match for {@code text}, opens the modules around it and asks the view to show it. */
    public boolean search(String text) {
        InfraGraph current = graph.get();
        List<GraphNode> found = current == null ? List.of() : current.search(text);
        if (found.isEmpty()) {
            status.set("No node matches \u201c" + text.strip() + "\u201d.");
            return false;
        }
        GraphNode node = found.get(0);
        for (String module = node.module(); !module.isEmpty(); module = Addresses.parentModule(module)) {
            open.add(module);
        }
        selected.set(node);
        focus.set(null);
        status.set(found.size() == 1 ? "Found " + node.address() + "."
                : found.size() + " nodes match; showing " + node.address() + ".");
        relayout(() -> focus.set(node.address()));
        return true;
    }

    /** Highlights everything downstream of the selection (what depends on it). */
    public void showBlastRadius() {
        GraphNode node = selected.get();
        if (node == null) {
            status.set("Select a node first: the blast radius is what depends on it.");
            return;
        }
        Set<String> radius = graph.get().blastRadius(Set.of(node.address()));
        highlighted.set(Set.copyOf(radius));
        status.set((radius.size() - 1) + " nodes depend on " + node.address() + ".");
    }

    public void clearBlastRadius() {
        highlighted.set(Set.of());
    }

    /** Shows a message from the host (such as why a block cannot be opened). */
    public void tell(String message) {
        status.set(message);
    }

    public void openInEditor() {
        GraphNode node = selected.get();
        if (node != null) {
            onOpenInEditor.accept(node);
        }
    }

    /** Writes what is on screen (the visible nodes) as SVG. */
    public void exportSvg(Path file) {
        GraphScene shown = scene.get();
        if (shown != null) {
            write(file, GraphSvg.render(shown), shown.nodeBoxes().size() + " nodes");
        }
    }

    /** Writes the whole graph as DOT (every node, a cluster per module). */
    public void exportDot(Path file) {
        InfraGraph current = graph.get();
        if (current != null) {
            write(file, GraphDot.render(current), current.nodes().size() + " nodes");
        }
    }

    /** Writes a snapshot of the view (taken on the FX thread by the view) as PNG. */
    public void exportPng(Path file, java.awt.image.BufferedImage image) {
        runner.submit(BackgroundTask.of("Export " + file.getFileName(), context -> {
                    try {
                        javax.imageio.ImageIO.write(image, "png", file.toFile());
                    } catch (IOException e) {
                        throw new UserFacingException("Could not write " + file + ": " + e.getMessage(), e);
                    }
                    return file;
                })
                .onSucceeded(done -> status.set("Exported the view to " + done + "."))
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    private void write(Path file, String text, String what) {
        runner.submit(BackgroundTask.of("Export " + file.getFileName(), context -> {
                    try {
                        Files.writeString(file, text, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UserFacingException("Could not write " + file + ": " + e.getMessage(), e);
                    }
                    return file;
                })
                .onSucceeded(done -> status.set("Exported " + what + " to " + done + "."))
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    private void relayout() {
        relayout(() -> { });
    }

    private void relayout(Runnable then) {
        GraphLayout current = layout;
        if (current == null) {
            return;
        }
        if (layingOut != null) {
            layingOut.cancel();
        }
        GraphFilter shown = onlyChanged ? filter.get().withLimitTo(current.graph().changedAndNeighbours())
                : filter.get();
        Set<String> opened = Set.copyOf(open);
        busy.set(true);
        layingOut = runner.submit(BackgroundTask.<GraphScene>of("Lay out the graph",
                        context -> current.scene(opened, shown, context))
                .onSucceeded(laidOut -> {
                    if (layout == current) {
                        scene.set(laidOut);
                        status.set(laidOut.nodeBoxes().size() + " nodes shown of " + current.graph().nodes().size()
                                + "; click a module to open it.");
                        then.run();
                    }
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error)))
                .onDone(() -> busy.set(false)));
    }
}
