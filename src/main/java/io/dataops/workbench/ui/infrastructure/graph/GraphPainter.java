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
                openModule(g, box, text, box.id().equals(selected));
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
        Map<String, GraphScene.Box> byId = boxIndex(scene);
        g.setLineWidth(1 / Math.max(view.scale(), 0.5));
        for (GraphScene.Link link : scene.links()) {
            GraphScene.Box from = byId.get(link.source());
            GraphScene.Box to = byId.get(link.target());
            double x1 = from.x() + from.width();
            double y1 = from.centerY();
            double x2 = to.x();
            double y2 = to.centerY();
            if (Math.max(x1, x2) < view.left() || Math.min(x1, x2) > view.right()
                    || Math.max(y1, y2) < view.top() || Math.min(y1, y2) > view.bottom()) {
                continue;
            }
            boolean hot = highlighted.contains(link.source()) && highlighted.contains(link.target());
            g.setStroke(hot ? SELECTED : LINK);
            g.setGlobalAlpha(highlighted.isEmpty() || hot ? 1 : 0.2);
            double bend = Math.max(20, Math.abs(x2 - x1) / 2);
            g.beginPath();
            g.moveTo(x1, y1);
            g.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
            g.stroke();
        }
        g.setGlobalAlpha(1);
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
        g.setFill(fills.get(action));
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
        g.setStroke(selected ? SELECTED : strokes.get(action));
        g.setLineWidth(selected ? 3 : 1);
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
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
        g.setFill(Color.web("#212529"));
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
        g.setFill(Color.web("#364fc7"));
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

    private void openModule(GraphicsContext g, GraphScene.Box box, boolean text, boolean selected) {
        g.setFill(MODULE_OPEN_FILL);
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        g.setStroke(selected ? SELECTED : MODULE_STROKE);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        g.setLineDashes((double[]) null);
        if (text) {
            g.setFill(Color.web("#364fc7"));
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
