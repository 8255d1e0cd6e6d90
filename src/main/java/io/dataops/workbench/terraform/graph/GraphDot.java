package io.dataops.workbench.terraform.graph;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The graph in Graphviz DOT: one {@code subgraph cluster_...} per module (nested as the modules nest), nodes
 * named by address and labelled with the plan's symbol, edges from a node to what it uses (as
 * {@code terraform graph} draws them). Edges to a module call go to an invisible anchor inside its cluster.
 */
public final class GraphDot {

    private GraphDot() {
    }

    public static String render(InfraGraph graph) {
        StringBuilder out = new StringBuilder("digraph {\n  compound = \"true\"\n  newrank = \"true\"\n  rankdir = \"RL\"\n");
        module(graph, "", out, "  ");
        for (GraphEdge edge : graph.edges()) {
            out.append("  ").append(endpoint(graph, edge.from())).append(" -> ").append(endpoint(graph, edge.to()))
                    .append(clusterHints(graph, edge)).append('\n');
        }
        return out.append("}\n").toString();
    }

    private static void module(InfraGraph graph, String module, StringBuilder out, String indent) {
        if (!module.isEmpty()) {
            out.append(indent).append("subgraph ").append(quote("cluster_" + module)).append(" {\n");
            out.append(indent).append("  label = ").append(quote(module)).append('\n');
            out.append(indent).append("  ").append(quote(anchor(module)))
                    .append(" [shape=point, style=invis, label=\"\"]\n");
        }
        String inner = module.isEmpty() ? indent : indent + "  ";
        for (GraphNode node : graph.nodesIn(module)) {
            out.append(inner).append(quote(node.address())).append(" [label=").append(quote(label(node)))
                    .append(", shape=").append(shape(node.kind())).append(", class=")
                    .append(quote(node.action().name().toLowerCase(java.util.Locale.ROOT))).append("]\n");
        }
        for (String child : graph.childModules(module)) {
            module(graph, child, out, inner);
        }
        if (!module.isEmpty()) {
            out.append(indent).append("}\n");
        }
    }

    private static String label(GraphNode node) {
        Set<String> symbols = node.actions().stream().map(a -> a.symbol().strip()).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        String prefix = symbols.isEmpty() ? "" : String.join(" ", symbols) + " ";
        String moved = node.previousAddress().isEmpty() ? "" : "\\n(moved from " + node.previousAddress() + ")";
        return prefix + node.address() + moved;
    }

    private static String shape(NodeKind kind) {
        return switch (kind) {
            case RESOURCE -> "box";
            case DATA -> "box, style=rounded";
            case OUTPUT -> "note";
            case VARIABLE -> "ellipse";
            case LOCAL -> "diamond";
        };
    }

    private static String endpoint(InfraGraph graph, String address) {
        return quote(graph.isModule(address) ? anchor(address) : address);
    }

    private static String clusterHints(InfraGraph graph, GraphEdge edge) {
        StringBuilder hints = new StringBuilder();
        if (graph.isModule(edge.from())) {
            hints.append("ltail=").append(quote("cluster_" + edge.from()));
        }
        if (graph.isModule(edge.to())) {
            hints.append(hints.length() > 0 ? ", " : "").append("lhead=").append(quote("cluster_" + edge.to()));
        }
        return hints.length() == 0 ? "" : " [" + hints + "]";
    }

    private static String anchor(String module) {
        return module + " (call)";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
    }
}
