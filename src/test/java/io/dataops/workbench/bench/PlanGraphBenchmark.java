package io.dataops.workbench.bench;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.terraform.graph.GraphFilter;
import io.dataops.workbench.terraform.graph.GraphLayout;
import io.dataops.workbench.terraform.graph.GraphScene;
import io.dataops.workbench.terraform.graph.InfraGraph;
import io.dataops.workbench.terraform.graph.InfraGraphs;
import io.dataops.workbench.testsupport.GraphPlanJson;
import io.dataops.workbench.ui.infrastructure.graph.GraphPainter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Graph tab on a plan of 20,000 resources in 50 modules (sizes growing with the module's index, the largest
 * about 780), software rendering (Monocle headless, prism sw), 1400x900 canvas. Each frame is drawn and read
 * back with {@code snapshot}, so a frame here costs more than on screen. Targets: first frame under 3 s (read the
 * plan JSON, build the graph, lay out the root with every module collapsed, draw), opening the largest module
 * under 2 s (its ELK layout, the root's re-layout, a frame), panning at 30 fps or more (a frame under 33 ms).
 * Run with {@code mvn -B -q -Pbench verify -Dbench.args=PlanGraph}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dtestfx.headless=true"})
public class PlanGraphBenchmark {

    private static final int RESOURCES = 20_000;
    private static final int MODULES = 50;
    private static final String LARGEST = "module." + GraphPlanJson.module(MODULES - 1);

    private Path file;
    private InfraGraph graph;
    private GraphScene panScene;
    private final GraphPainter painter = new GraphPainter();
    private Canvas canvas;
    private double panX;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = Path.of(System.getProperty("java.io.tmpdir"), "dataops-bench", "graph-plan-20000.json");
        if (!Files.exists(file)) {
            GraphPlanJson.write(file, RESOURCES, MODULES);
        }
        System.out.printf("%nPlan JSON: %s, %.1f MB%n", file, Files.size(file) / 1_000_000.0);
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        canvas = onFx(() -> new Canvas(1400, 900));
        graph = InfraGraphs.fromPlanJson(file);
        GraphLayout opened = new GraphLayout(graph);
        panScene = opened.scene(Set.of(LARGEST), GraphFilter.ALL, TaskContext.none());
        System.out.printf("Graph: %d nodes, %d edges; largest module %d nodes%n", graph.nodes().size(),
                graph.edges().size(), graph.nodesIn(LARGEST).size());
    }

    /**
     * A layout with only the root laid out, made before each expansion. Its own state, so that only the expansion
     * benchmark pays for it: run before every pan frame too, its second of layout work left the pan benchmark a
     * handful of cold, never JIT-compiled frames per iteration instead of the steady stream a user's drag gives.
     */
    @State(Scope.Thread)
    public static class RootOnly {
        GraphLayout layout;

        @Setup(Level.Invocation)
        public void freshLayout(PlanGraphBenchmark bench) {
            layout = new GraphLayout(bench.graph);
            layout.scene(Set.of(), GraphFilter.ALL, TaskContext.none());
        }
    }

    /** Plan JSON to the first frame: read, build, lay out the root with modules collapsed, draw. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int firstFrame() throws Exception {
        InfraGraph loaded = InfraGraphs.fromPlanJson(file);
        GraphScene scene = new GraphLayout(loaded).scene(Set.of(), GraphFilter.ALL, TaskContext.none());
        return frame(scene, 20, 20, 0.6);
    }

    /** Opening the largest module: its layout (not cached yet), the root's re-layout, a frame. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int expandLargestModule(RootOnly root) throws Exception {
        GraphScene scene = root.layout.scene(Set.of(LARGEST), GraphFilter.ALL, TaskContext.none());
        GraphScene.Box box = scene.box(LARGEST).orElseThrow();
        return frame(scene, 20 - box.x(), 20 - box.y(), 1);
    }

    /** One frame while panning across the open largest module at 100 %. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    // Software rendering (Marlin) takes a few hundred frames to be JIT-compiled: the early frames are reported
    // separately in the README, the steady state is what this measures.
    @Warmup(iterations = 10, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int panFrame() throws Exception {
        GraphScene.Box box = panScene.box(LARGEST).orElseThrow();
        panX = (panX + 37) % Math.max(1, box.width() - 1400);
        return frame(panScene, 20 - box.x() - panX, 20 - box.y() - (panX % 400), 1);
    }

    private int frame(GraphScene scene, double tx, double ty, double scale) throws Exception {
        return onFx(() -> {
            int drawn = painter.paint(canvas.getGraphicsContext2D(), scene,
                    new GraphPainter.View(tx, ty, scale, canvas.getWidth(), canvas.getHeight()), "", Set.of());
            canvas.snapshot(null, null);
            return drawn;
        });
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
