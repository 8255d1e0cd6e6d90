package io.dataops.workbench.ui.infrastructure.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.graph.GraphNode;
import io.dataops.workbench.terraform.graph.GraphScene;
import io.dataops.workbench.terraform.graph.InfraGraphs;
import io.dataops.workbench.terraform.plan.PlanAction;
import io.dataops.workbench.testsupport.GraphPlanJson;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.testing.Fx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Graph tab's flows, headless: a generated plan of three modules, and the offline sample's configuration. */
@ExtendWith(ApplicationExtension.class)
class GraphPaneTest {

    @TempDir
    Path temp;

    private Stage stage;
    private FxTaskRunner runner;
    private GraphViewModel viewModel;
    private GraphPane pane;
    private final AtomicReference<GraphNode> opened = new AtomicReference<>();

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @BeforeEach
    void showPane() {
        Fx.run(() -> {
            runner = new FxTaskRunner((title, error) -> { throw new AssertionError(title, error); });
            viewModel = new GraphViewModel(runner);
            viewModel.setOnOpenInEditor(opened::set);
            pane = new GraphPane(viewModel, (title, extension) -> Optional.of(temp.resolve("graph." + extension)));
            stage.setScene(new Scene(pane, 1200, 760));
            stage.show();
        });
    }

    @AfterEach
    void close() {
        Fx.run(runner::close);
    }

    @Test
    void planGraphOpensAModuleFiltersSearchesShowsTheDiffAndExportsSvg(FxRobot robot) throws Exception {
        Path plan = GraphPlanJson.write(temp.resolve("plan.json"), 120, 3);
        Fx.run(() -> viewModel.show(InfraGraphs.fromPlanJson(plan)));
        waitFor(() -> scene() != null);
        assertThat(scene().nodeBoxes()).extracting(GraphScene.Box::id).containsExactly("var.env");
        assertThat(scene().box("module.m01").orElseThrow().kind()).isEqualTo(GraphScene.BoxKind.MODULE_COLLAPSED);

        // Open a module by clicking its box.
        robot.clickOn(screenPoint("module.m01"));
        waitFor(() -> scene().box("module.m01").orElseThrow().kind() == GraphScene.BoxKind.MODULE_OPEN);
        assertThat(scene().nodeBoxes()).extracting(GraphScene.Box::id).contains("module.m01.terraform_data.r3");

        // Select a node on the canvas and see its diff.
        Fx.run(() -> pane.canvas().centerOn("module.m01.terraform_data.r7"));
        robot.clickOn(screenPoint("module.m01.terraform_data.r7"));
        waitFor(() -> viewModel.selectedProperty().get() != null);
        assertThat(viewModel.selectedProperty().get().address()).isEqualTo("module.m01.terraform_data.r7");
        assertThat(diffRows()).anyMatch(row -> row.contains("input") && row.contains("new-7"));

        // Filter by action: only creates remain.
        robot.clickOn("#graph-actions");
        robot.clickOn("#graph-action-create");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> !scene().nodeBoxes().isEmpty() && scene().nodeBoxes().stream()
                .allMatch(b -> scene().graph().node(b.id()).orElseThrow().action() == PlanAction.CREATE));

        // Search an address in a closed module: it opens, the node is selected and its diff shown.
        robot.clickOn("#graph-search").write("m02.terraform_data.r16").type(KeyCode.ENTER);
        waitFor(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().address().equals("module.m02.terraform_data.r16")
                && scene().box("module.m02.terraform_data.r16").isPresent());
        assertThat(robot.lookup("#graph-selected").queryLabeled().getText()).contains("module.m02.terraform_data.r16");

        // Export SVG: one element per visible node.
        robot.clickOn("#graph-export-svg");
        Path svg = temp.resolve("graph.svg");
        waitFor(() -> Files.exists(svg) && Files.size(svg) > 0);
        NodeList groups = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("g");
        int nodes = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("class").startsWith("node ")) {
                nodes++;
            }
        }
        assertThat(nodes).isEqualTo(scene().nodeBoxes().size()).isPositive();

        robot.clickOn("#graph-open-editor");
        assertThat(opened.get().address()).isEqualTo("module.m02.terraform_data.r16");
    }

    @Test
    void blastRadiusOfAVariableInTheConfigurationGraph(FxRobot robot) throws Exception {
        Path dir = temp.resolve("offline");
        try (var files = Files.walk(Path.of("src/main/resources/samples/terraform-offline"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(Path.of("src/main/resources/samples/terraform-offline").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        Fx.run(() -> viewModel.load(Optional.of(dir), Optional.empty()));
        waitFor(() -> scene() != null);
        robot.clickOn("#graph-search").write("var.environment").type(KeyCode.ENTER);
        waitFor(() -> viewModel.selectedProperty().get() != null);
        robot.clickOn("#graph-blast");
        waitFor(() -> !viewModel.highlightedProperty().get().isEmpty());
        assertThat(viewModel.highlightedProperty().get()).contains("local.server_name", "terraform_data.app_server",
                "module.website.var.site_name", "module.website.terraform_data.site", "output.website_endpoint")
                .doesNotContain("var.image", "var.instance_type");
        assertThat(robot.lookup("#graph-status").queryLabeled().getText()).contains("depend on var.environment");
    }

    /** Longer than Fx's 10 s: layouts run in the background on a machine shared by many builds. */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> Fx.call(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 60 s", e);
        }
    }


    private GraphScene scene() {
        return viewModel.sceneProperty().get();
    }

    private Point2D screenPoint(String id) {
        double[] local = Fx.call(() -> pane.canvas().screenCenter(id).orElseThrow());
        return Fx.call(() -> pane.canvas().localToScreen(local[0], local[1]));
    }

    private java.util.List<String> diffRows() {
        return Fx.call(() -> {
            TreeTableView<?> tree = (TreeTableView<?>) pane.lookup("#plan-diff");
            java.util.List<String> rows = new java.util.ArrayList<>();
            for (TreeItem<?> item : tree.getRoot().getChildren()) {
                rows.add(String.valueOf(item.getValue()));
            }
            return rows;
        });
    }
}
