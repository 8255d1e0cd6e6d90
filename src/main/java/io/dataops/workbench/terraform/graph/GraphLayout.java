package io.dataops.workbench.terraform.graph;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.terraform.plan.PlanAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays the graph out module by module: a module's contents are laid out (one ELK run) only when it is open, and
 * each run is cached by module, filter and the open modules inside it, so opening a second module re-runs only
 * its own layout and its enclosing modules' (which hold few boxes while their children are collapsed).
 */
public final class GraphLayout {

    public static final double NODE_HEIGHT = 30;
    public static final double MODULE_WIDTH = 210;
    public static final double MODULE_HEIGHT = 62;
    public static final double PAD = 12;
    public static final double HEADER = 26;

    private record Key(String module, GraphFilter filter, Set<String> openInside) {
    }

    private final InfraGraph graph;
    private final Map<Key, ElkModuleLayout.Placement> cache = new ConcurrentHashMap<>();
    private int layoutRuns;

    public GraphLayout(InfraGraph graph) {
        this.graph = graph;
    }

    public InfraGraph graph() {
        return graph;
    }

    /** How many ELK runs so far (tests of the cache look at it). */
    public int layoutRuns() {
        return layoutRuns;
    }

    /** The scene with {@code open} modules open (a module shows only when its parent is open too). */
    public GraphScene scene(Set<String> open, GraphFilter filter, TaskContext context) {
        Map<String, Set<String>> visibleNodes = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            if (filter.test(node)) {
                visibleNodes.computeIfAbsent(node.module(), k -> new LinkedHashSet<>()).add(node.address());
            }
        }
        Map<String, Map<PlanAction, Integer>> counts = counts(filter);
        List<GraphScene.Box> boxes = new ArrayList<>();
        Map<String, String> shownAs = new HashMap<>();
        place("", 0, 0, 0, open, filter, visibleNodes, counts, boxes, shownAs, context);
        double width = boxes.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
        double height = boxes.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
        return new GraphScene(graph, boxes, links(shownAs, open), width, height, counts);
    }

    private void place(String module, double x, double y, int depth, Set<String> open, GraphFilter filter,
                       Map<String, Set<String>> visibleNodes, Map<String, Map<PlanAction, Integer>> counts,
                       List<GraphScene.Box> boxes, Map<String, String> shownAs, TaskContext context) {
        ElkModuleLayout.Placement placement = placement(module, open, filter, visibleNodes, counts, context);
        for (String node : visibleNodes.getOrDefault(module, Set.of())) {
            double[] at = placement.positions().get(node);
            boxes.add(new GraphScene.Box(node, GraphScene.BoxKind.NODE, x + at[0], y + at[1],
                    nodeWidth(graph.node(node).orElseThrow()), NODE_HEIGHT, depth));
            shownAs.put(node, node);
        }
        for (String child : shownChildren(module, counts)) {
            double[] at = placement.positions().get(child);
            if (open.contains(child)) {
                ElkModuleLayout.Placement inner = placement(child, open, filter, visibleNodes, counts, context);
                boxes.add(new GraphScene.Box(child, GraphScene.BoxKind.MODULE_OPEN, x + at[0], y + at[1],
                        openWidth(inner), openHeight(inner), depth));
                shownAs.put(child, child);
                place(child, x + at[0] + PAD, y + at[1] + HEADER, depth + 1, open, filter, visibleNodes, counts,
                        boxes, shownAs, context);
            } else {
                boxes.add(new GraphScene.Box(child, GraphScene.BoxKind.MODULE_COLLAPSED, x + at[0], y + at[1],
                        MODULE_WIDTH, MODULE_HEIGHT, depth));
                for (String inside : graph.modules()) {
                    if (Addresses.within(inside, child)) {
                        shownAs.put(inside, child);
                        visibleNodes.getOrDefault(inside, Set.of()).forEach(n -> shownAs.put(n, child));
                    }
                }
            }
        }
    }

    private ElkModuleLayout.Placement placement(String module, Set<String> open, GraphFilter filter,
                                                Map<String, Set<String>> visibleNodes,
                                                Map<String, Map<PlanAction, Integer>> counts, TaskContext context) {
        Set<String> openInside = new TreeSet<>();
        open.stream().filter(m -> !m.equals(module) && Addresses.within(m, module)).forEach(openInside::add);
        Key key = new Key(module, filter, openInside);
        ElkModuleLayout.Placement cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        context.checkCancelled();
        List<ElkModuleLayout.Item> items = new ArrayList<>();
        Map<String, String> itemOf = new HashMap<>();
        for (String node : visibleNodes.getOrDefault(module, Set.of())) {
            items.add(new ElkModuleLayout.Item(node, nodeWidth(graph.node(node).orElseThrow()), NODE_HEIGHT));
            itemOf.put(node, node);
        }
        for (String child : shownChildren(module, counts)) {
            if (open.contains(child)) {
                ElkModuleLayout.Placement inner = placement(child, open, filter, visibleNodes, counts, context);
                items.add(new ElkModuleLayout.Item(child, openWidth(inner), openHeight(inner)));
            } else {
                items.add(new ElkModuleLayout.Item(child, MODULE_WIDTH, MODULE_HEIGHT));
            }
            graph.modules().stream().filter(m -> Addresses.within(m, child)).forEach(m -> {
                itemOf.put(m, child);
                visibleNodes.getOrDefault(m, Set.of()).forEach(n -> itemOf.put(n, child));
            });
        }
        Set<List<String>> links = new LinkedHashSet<>();
        for (GraphEdge edge : graph.edges()) {
            String used = itemOf.get(edge.to());
            String user = itemOf.get(edge.from());
            if (used != null && user != null && !used.equals(user)) {
                links.add(List.of(used, user));
            }
        }
        ElkModuleLayout.Placement placement = ElkModuleLayout.layout(items,
                links.stream().map(l -> new String[] {l.get(0), l.get(1)}).toList());
        layoutRuns++;
        cache.put(key, placement);
        return placement;
    }

    /** Child modules with something visible in them. */
    private List<String> shownChildren(String module, Map<String, Map<PlanAction, Integer>> counts) {
        return graph.childModules(module).stream().filter(child -> counts.containsKey(child)).toList();
    }

    /** Per module (nested modules included), how many visible nodes have each action. */
    private Map<String, Map<PlanAction, Integer>> counts(GraphFilter filter) {
        Map<String, Map<PlanAction, Integer>> counts = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            if (!filter.test(node)) {
                continue;
            }
            String module = node.module();
            while (!module.isEmpty()) {
                counts.computeIfAbsent(module, k -> new EnumMap<>(PlanAction.class)).merge(node.action(), 1, Integer::sum);
                module = Addresses.parentModule(module);
            }
        }
        return counts;
    }

    private List<GraphScene.Link> links(Map<String, String> shownAs, Set<String> open) {
        Set<GraphScene.Link> links = new LinkedHashSet<>();
        for (GraphEdge edge : graph.edges()) {
            Optional<String> used = Optional.ofNullable(shownAs.get(edge.to()));
            Optional<String> user = Optional.ofNullable(shownAs.get(edge.from()));
            if (used.isPresent() && user.isPresent() && !used.get().equals(user.get())) {
                links.add(new GraphScene.Link(used.get(), user.get()));
            }
        }
        return new ArrayList<>(links);
    }

    public static double nodeWidth(GraphNode node) {
        return Math.min(300, Math.max(130, 34 + node.label().length() * 6.6));
    }

    private static double openWidth(ElkModuleLayout.Placement inner) {
        return Math.max(MODULE_WIDTH, inner.width() + 2 * PAD);
    }

    private static double openHeight(ElkModuleLayout.Placement inner) {
        return Math.max(MODULE_HEIGHT, inner.height() + HEADER + PAD);
    }
}
