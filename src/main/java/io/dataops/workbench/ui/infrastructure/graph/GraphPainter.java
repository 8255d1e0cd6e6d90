package io.dataops.workbench.ui.infrastructure.graph;

import io.dataops.workbench.terraform.graph.ActionStyle;
import io.dataops.workbench.terraform.graph.Addresses;
import io.dataops.workbench.terraform.graph.GraphNode;
import io.dataops.workbench.terraform.graph.GraphScene;
import io.dataops.workbench.terraform.plan.PlanAction;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a scene on a canvas through a view transform: only boxes and links that meet the viewport, text only
 * when it is large enough to read. Holds no state but colour caches, so drawing a frame allocates little.
 * Public for the frame-time benchmark.
 */
public final class GraphPainter {

    private static final Color LINK = Color.web("#adb5bd");
    private static final Color MODULE_FILL = Color.web("#eef2ff");
    private static final Color MODULE_OPEN_FILL = Color.web("#f7f9ff");
    private static final Color MODULE_STROKE = Color.web("#5c7cfa");
    private static final Color SELECTED = Color.web("#1c7ed6");
    private static final Font LABEL = Font.font("SansSerif", 11);
    private static final Font BOLD = Font.font("SansSerif", FontWeight.BOLD, 11);
    private static final Color TEXT = Color.web("#212529");
    private static final Color MODULE_TEXT = Color.web("#364fc7");
    private static final double DASH_PERIOD = 10;
    private final Map<PlanAction, Color> fills = new EnumMap<>(PlanAction.class);
    private final Map<PlanAction, Color> strokes = new EnumMap<>(PlanAction.class);

    public GraphPainter() {
        for (PlanAction action : PlanAction.values()) {
            fills.put(action, Color.web(ActionStyle.fill(action)));
            strokes.put(action, Color.web(ActionStyle.stroke(action)));
        }
    }

    /** The viewport in scene coordinates: x, y, width, height. */
    public record View(double tx, double ty, double scale, double width, double height) {

        double left() {
            return -tx / scale;
        }

        double top() {
            return -ty / scale;
        }

        double right() {
            return (width - tx) / scale;
        }

        double bottom() {
            return (height - ty) / scale;
        }

        boolean meets(GraphScene.Box box) {
            return box.x() <= right() && box.x() + box.width() >= left() && box.y() <= bottom()
                    && box.y() + box.height() >= top();
        }
    }

    /** Draws one frame; returns how many boxes were drawn (what the benchmark and tests look at). */
    public int paint(GraphicsContext g, GraphScene scene, View view, String selected, Set<String> highlighted) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        // A clear of the whole canvas lets it drop the commands buffered for earlier frames.
        g.clearRect(0, 0, view.width(), view.height());
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        if (scene == null) {
            return 0;
        }
        g.setTransform(view.scale(), 0, 0, view.scale(), view.tx(), view.ty());
        boolean text = view.scale() >= 0.3;
        int drawn = 0;
        for (GraphScene.Box box : scene.boxes()) {
            if (box.kind() == GraphScene.BoxKind.MODULE_OPEN && view.meets(box)) {
                openModule(g, box, view, text, box.id().equals(selected));
                drawn++;
            }
        }
        links(g, scene, view, highlighted);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (GraphScene.Box box : scene.boxes()) {
            if (box.kind() == GraphScene.BoxKind.MODULE_OPEN || !view.meets(box)) {
                continue;
            }
            boolean dim = !highlighted.isEmpty() && !highlighted.contains(box.id());
            g.setGlobalAlpha(dim ? 0.25 : 1);
            if (box.kind() == GraphScene.BoxKind.NODE) {
                node(g, scene.graph().node(box.id()).orElseThrow(), box, text, box.id().equals(selected));
            } else {
                collapsedModule(g, box, scene.moduleCounts().getOrDefault(box.id(), Map.of()), text,
                        box.id().equals(selected));
            }
            drawn++;
        }
        g.setGlobalAlpha(1);
        g.setTransform(1, 0, 0, 1, 0, 0);
        return drawn;
    }

    private void links(GraphicsContext g, GraphScene scene, View view, Set<String> highlighted) {
        g.setLineWidth(1 / Math.max(view.scale(), 0.5));
        if (highlighted.isEmpty()) {
            linkPath(g, scene, view, highlighted, LINK, 1, false);
        } else {
            linkPath(g, scene, view, highlighted, LINK, 0.2, false);
            linkPath(g, scene, view, highlighted, SELECTED, 1, true);
        }
        g.setGlobalAlpha(1);
    }

    /**
     * Strokes the visible links of one kind (highlighted or not) as a single path: the rasterizer then walks the
     * viewport's rows once instead of once per link, which is most of a frame's cost with software rendering.
     * Zoomed out, links are straight lines: curves cannot be told apart there and cost more to flatten.
     */
    private void linkPath(GraphicsContext g, GraphScene scene, View view, Set<String> highlighted, Color colour,
                          double alpha, boolean hot) {
        Map<String, GraphScene.Box> byId = boxIndex(scene);
        boolean curves = view.scale() >= 0.3;
        double left = view.left();
        double right = view.right();
        double top = view.top();
        double bottom = view.bottom();
        boolean any = false;
        g.beginPath();
        for (GraphScene.Link link : scene.links()) {
            if (hot != (highlighted.contains(link.source()) && highlighted.contains(link.target()))) {
                continue;
            }
            GraphScene.Box from = byId.get(link.source());
            GraphScene.Box to = byId.get(link.target());
            double x1 = from.x() + from.width();
            double y1 = from.centerY();
            double x2 = to.x();
            double y2 = to.centerY();
            double bend = Math.max(20, Math.abs(x2 - x1) / 2);
            if (Math.max(x1, x2) + bend < left || Math.min(x1, x2) - bend > right
                    || Math.max(y1, y2) < top || Math.min(y1, y2) > bottom) {
                continue;
            }
            g.moveTo(x1, y1);
            if (curves) {
                g.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
            } else {
                g.lineTo(x2, y2);
            }
            any = true;
        }
        if (any) {
            g.setStroke(colour);
            g.setGlobalAlpha(alpha);
            g.stroke();
        }
    }

    private GraphScene cachedFor;
    private Map<String, GraphScene.Box> cachedIndex;

    private Map<String, GraphScene.Box> boxIndex(GraphScene scene) {
        if (cachedFor != scene) {
            cachedIndex = new HashMap<>();
            scene.boxes().forEach(b -> cachedIndex.put(b.id(), b));
            cachedFor = scene;
        }
        return cachedIndex;
    }

    private void node(GraphicsContext g, GraphNode node, GraphScene.Box box, boolean text, boolean selected) {
        PlanAction action = node.action();
        // The outline is a filled rounded rectangle under the fill, inset by the line width: a fill is cheaper
        // for the software rasterizer than a stroke (no offset curves), and node outlines showed in the profile.
        double line = selected ? 3 : 1;
        g.setFill(selected ? SELECTED : strokes.get(action));
        g.fillRoundRect(box.x() - line / 2, box.y() - line / 2, box.width() + line, box.height() + line, 8 + line, 8 + line);
        g.setFill(fills.get(action));
        g.fillRoundRect(box.x() + line / 2, box.y() + line / 2, box.width() - line, box.height() - line, 8 - line, 8 - line);
        if (!text) {
            return;
        }
        g.setFill(strokes.get(action));
        g.fillOval(box.x() + 5, box.y() + box.height() / 2 - 9, 18, 18);
        g.setFill(Color.WHITE);
        g.setFont(BOLD);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(ActionStyle.glyph(action), box.x() + 14, box.centerY());
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(TEXT);
        g.setFont(LABEL);
        g.fillText(node.label(), box.x() + 28, box.centerY(), box.width() - 32);
    }

    private void collapsedModule(GraphicsContext g, GraphScene.Box box, Map<PlanAction, Integer> counts,
                                 boolean text, boolean selected) {
        g.setFill(MODULE_FILL);
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        g.setStroke(selected ? SELECTED : MODULE_STROKE);
        g.setLineWidth(selected ? 3 : 1.5);
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        g.strokeRoundRect(box.x() + 4, box.y() + 4, box.width() - 8, box.height() - 8, 10, 10);
        if (!text) {
            return;
        }
        g.setFill(MODULE_TEXT);
        g.setFont(BOLD);
        g.fillText("\u25b8 module " + Addresses.callName(box.id()), box.x() + 10, box.y() + 18, box.width() - 20);
        double x = box.x() + 10;
        g.setFont(LABEL);
        for (Map.Entry<PlanAction, Integer> count : counts.entrySet()) {
            String label = ActionStyle.glyph(count.getKey()) + " " + count.getValue();
            g.setFill(strokes.get(count.getKey()));
            g.fillText(label, x, box.y() + 42);
            x += 12 + label.length() * 6.5;
        }
    }

    private void openModule(GraphicsContext g, GraphScene.Box box, View view, boolean text, boolean selected) {
        // An open module is often far larger than the viewport: only the part in view (plus a margin wider than
        // the corners, so cut sides fall outside) is filled and outlined, rather than rasterizing the whole module
        // every frame. The cut starts on a whole dash period, so dashes do not crawl when panning.
        double margin = 20 / view.scale();
        double x = Math.max(box.x(), box.x() + Math.floor((view.left() - margin - box.x()) / DASH_PERIOD) * DASH_PERIOD);
        double y = Math.max(box.y(), box.y() + Math.floor((view.top() - margin - box.y()) / DASH_PERIOD) * DASH_PERIOD);
        double w = Math.min(box.x() + box.width(), view.right() + margin) - x;
        double h = Math.min(box.y() + box.height(), view.bottom() + margin) - y;
        g.setFill(MODULE_OPEN_FILL);
        g.fillRoundRect(x, y, w, h, 12, 12);
        g.setStroke(selected ? SELECTED : MODULE_STROKE);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeRoundRect(x, y, w, h, 12, 12);
        g.setLineDashes((double[]) null);
        if (text) {
            g.setFill(MODULE_TEXT);
            g.setFont(BOLD);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("\u25be module " + Addresses.callName(box.id()), box.x() + 10, box.y() + 14);
        }
    }

    static String counts(Map<PlanAction, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
