package io.dataops.workbench.terraform.graph;

import io.dataops.workbench.terraform.plan.PlanAction;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The laid-out scene as SVG: one {@code <g class="node ...">} per visible node carrying its address in
 * {@code data-address} (and a {@code <title>} for hover), one {@code <g class="module ...">} per visible module,
 * links as lines under them.
 */
public final class GraphSvg {

    private GraphSvg() {
    }

    public static String render(GraphScene scene) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                        + " viewBox=\"-10 -10 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"11\">%n",
                scene.width() + 20, scene.height() + 20, scene.width() + 20, scene.height() + 20));
        Map<String, GraphScene.Box> byId = scene.boxes().stream()
                .collect(Collectors.toMap(GraphScene.Box::id, b -> b, (a, b) -> a));
        for (GraphScene.Box box : scene.boxes()) {
            if (box.kind() != GraphScene.BoxKind.NODE) {
                module(scene, box, out);
            }
        }
        out.append("<g class=\"links\" stroke=\"#adb5bd\" fill=\"none\">\n");
        for (GraphScene.Link link : scene.links()) {
            GraphScene.Box from = byId.get(link.source());
            GraphScene.Box to = byId.get(link.target());
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                    from.x() + from.width(), from.centerY(), to.x(), to.centerY()));
        }
        out.append("</g>\n");
        for (GraphScene.Box box : scene.nodeBoxes()) {
            node(scene.graph().node(box.id()).orElseThrow(), box, out);
        }
        return out.append("</svg>\n").toString();
    }

    private static void module(GraphScene scene, GraphScene.Box box, StringBuilder out) {
        boolean open = box.kind() == GraphScene.BoxKind.MODULE_OPEN;
        String counts = scene.moduleCounts().getOrDefault(box.id(), Map.of()).entrySet().stream()
                .map(e -> ActionStyle.glyph(e.getKey()) + e.getValue()).collect(Collectors.joining(" "));
        out.append("<g class=\"module ").append(open ? "open" : "collapsed").append("\" data-module=\"")
                .append(xml(box.id())).append("\">");
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\""
                + " fill=\"%s\" stroke=\"#5c7cfa\"/>", box.x(), box.y(), box.width(), box.height(),
                open ? "#f3f6ff" : "#e7ecff"));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\">%s</text>",
                box.x() + 8, box.y() + 16, xml(Addresses.callName(box.id()))));
        if (!open) {
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", box.x() + 8, box.y() + 36,
                    xml(counts)));
        }
        out.append("</g>\n");
    }

    private static void node(GraphNode node, GraphScene.Box box, StringBuilder out) {
        PlanAction action = node.action();
        out.append("<g class=\"node ").append(node.kind().word()).append(" action-")
                .append(ActionStyle.cssName(action)).append("\" data-address=\"").append(xml(node.address()))
                .append("\"><title>").append(xml(hover(node))).append("</title>");
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\""
                        + " fill=\"%s\" stroke=\"%s\"/>", box.x(), box.y(), box.width(), box.height(),
                ActionStyle.fill(action), ActionStyle.stroke(action)));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-weight=\"bold\">%s</text>",
                box.x() + 6, box.y() + 19, ActionStyle.stroke(action), xml(ActionStyle.glyph(action))));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text></g>%n", box.x() + 28,
                box.y() + 19, xml(node.label())));
    }

    /** What hovering a node tells: address, action, reason and move. */
    public static String hover(GraphNode node) {
        StringBuilder text = new StringBuilder(node.address());
        if (!node.changes().isEmpty()) {
            text.append("\n").append(node.action().label());
        }
        if (!node.reason().isEmpty()) {
            text.append("\n").append(node.reason());
        }
        if (!node.previousAddress().isEmpty()) {
            text.append("\nmoved from ").append(node.previousAddress());
        }
        return text.toString();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
