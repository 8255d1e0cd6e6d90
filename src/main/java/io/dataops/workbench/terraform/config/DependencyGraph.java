package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.SourceRange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency graph over resources, data sources, module calls, variables, locals and outputs of every
 * module instance. An edge {@code from -> to} says {@code from} uses {@code to}; it carries the reference
 * (or {@code depends_on} entry) that makes it.
 */
public final class DependencyGraph {

    /**
     * @param address absolute address ({@code module.site.aws_s3_bucket.b}, {@code var.region})
     * @param module  the module instance path, empty for the root
     * @param file    the file name as diagnostics give it
     */
    public record Node(DeclarationKind kind, String address, String module, String file, SourceRange range) {
    }

    public record Edge(String from, String to, String reference, SourceRange range) {
    }

    private final Map<String, Node> nodes;
    private final List<Edge> edges;
    private final Map<String, List<Edge>> outgoing = new HashMap<>();

    DependencyGraph(Map<String, Node> nodes, List<Edge> edges) {
        this.nodes = new LinkedHashMap<>(nodes);
        this.edges = List.copyOf(edges);
        this.edges.forEach(e -> outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<Edge> edgesFrom(String address) {
        return outgoing.getOrDefault(address, List.of());
    }

    /**
     * For each resource and data source, the resources and data sources it depends on directly or through
     * variables, locals, outputs and module calls: what {@code terraform graph} draws.
     */
    public Map<String, Set<String>> resourceDependencies() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (Node node : nodes.values()) {
            if (isResource(node)) {
                result.put(node.address(), reachableResources(node.address()));
            }
        }
        return result;
    }

    private Set<String> reachableResources(String start) {
        Set<String> found = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            for (Edge edge : edgesFrom(todo.pop())) {
                Node target = nodes.get(edge.to());
                if (target == null || !seen.add(edge.to())) {
                    continue;
                }
                if (isResource(target)) {
                    found.add(target.address());
                } else {
                    todo.push(target.address());
                }
            }
        }
        found.remove(start);
        return found;
    }

    private static boolean isResource(Node node) {
        return node.kind() == DeclarationKind.RESOURCE || node.kind() == DeclarationKind.DATA;
    }
}
