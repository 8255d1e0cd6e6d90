package io.dataops.workbench.terraform.graph;

import io.dataops.workbench.terraform.plan.PlanAction;
import java.util.List;
import java.util.Map;

/**
 * The graph as laid out for one expansion state and filter: a box per visible node and per visible module
 * (collapsed or open, open ones enclose their contents), in drawing order (enclosing boxes first), and the links
 * between visible boxes, left (what is used) to right (what uses it).
 */
public record GraphScene(InfraGraph graph, List<Box> boxes, List<Link> links, double width, double height,
                         Map<String, Map<PlanAction, Integer>> moduleCounts) {

    public enum BoxKind { NODE, MODULE_COLLAPSED, MODULE_OPEN }

    /** A box; {@code id} is a node's address or a module's path. */
    public record Box(String id, BoxKind kind, double x, double y, double width, double height, int depth) {

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        public double centerY() {
            return y + height / 2;
        }
    }

    public record Link(String source, String target) {
    }

    public GraphScene {
        boxes = List.copyOf(boxes);
        links = List.copyOf(links);
        moduleCounts = Map.copyOf(moduleCounts);
    }

    /** The innermost box at a point (nodes and collapsed modules before the open modules around them). */
    public java.util.Optional<Box> boxAt(double x, double y) {
        for (int i = boxes.size() - 1; i >= 0; i--) {
            if (boxes.get(i).contains(x, y)) {
                return java.util.Optional.of(boxes.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    public java.util.Optional<Box> box(String id) {
        return boxes.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** Node boxes only: what SVG export gives one element each. */
    public List<Box> nodeBoxes() {
        return boxes.stream().filter(b -> b.kind() == BoxKind.NODE).toList();
    }
}
