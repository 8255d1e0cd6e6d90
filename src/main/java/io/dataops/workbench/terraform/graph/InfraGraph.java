package io.dataops.workbench.terraform.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plan and configuration graph: nodes grouped by module path (nested: {@code module.a.module.b} lies in
 * {@code module.a}), edges from configuration dependencies. Immutable; queries never change it.
 */
public final class InfraGraph {

    private final Map<String, GraphNode> nodes;
    private final List<GraphEdge> edges;
    private final Map<String, List<String>> uses = new HashMap<>();
    private final Map<String, List<String>> usedBy = new HashMap<>();
    private final Map<String, List<GraphNode>> byModule = new HashMap<>();
    private final Map<String, Set<String>> childModules = new TreeMap<>();

    InfraGraph(Map<String, GraphNode> nodes, Collection<String> modules, Collection<GraphEdge> edges) {
        this.nodes = new LinkedHashMap<>(nodes);
        this.edges = List.copyOf(new LinkedHashSet<>(edges));
        childModules.put("", new TreeSet<>());
        modules.forEach(this::addModule);
        this.nodes.values().forEach(node -> {
            addModule(node.module());
            byModule.computeIfAbsent(node.module(), k -> new ArrayList<>()).add(node);
        });
        for (GraphEdge edge : this.edges) {
            uses.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            usedBy.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
        }
    }

    private void addModule(String module) {
        if (module.isEmpty() || childModules.containsKey(module)) {
            return;
        }
        childModules.put(module, new TreeSet<>());
        String parent = Addresses.parentModule(module);
        addModule(parent);
        childModules.get(parent).add(module);
    }

    public Collection<GraphNode> nodes() {
        return nodes.values();
    }

    public Optional<GraphNode> node(String address) {
        return Optional.ofNullable(nodes.get(address));
    }

    public List<GraphEdge> edges() {
        return edges;
    }

    /** Every module path, the root ("") first. */
    public Set<String> modules() {
        return childModules.keySet();
    }

    public boolean isModule(String address) {
        return childModules.containsKey(address);
    }

    /** The nodes declared directly in {@code module}. */
    public List<GraphNode> nodesIn(String module) {
        return byModule.getOrDefault(module, List.of());
    }

    /** The modules called directly by {@code module}. */
    public Set<String> childModules(String module) {
        return childModules.getOrDefault(module, Set.of());
    }

    /** What {@code address} (a node or a module) uses directly. */
    public List<String> uses(String address) {
        return uses.getOrDefault(address, List.of());
    }

    /** What uses {@code address} directly. */
    public List<String> usedBy(String address) {
        return usedBy.getOrDefault(address, List.of());
    }

    /** Nodes whose address contains {@code text} (case-insensitive), exact matches first. */
    public List<GraphNode> search(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<GraphNode> found = new ArrayList<>();
        nodes.values().stream().filter(n -> n.address().toLowerCase(Locale.ROOT).equals(wanted)).forEach(found::add);
        nodes.values().stream().filter(n -> !n.address().toLowerCase(Locale.ROOT).equals(wanted)
                && n.address().toLowerCase(Locale.ROOT).contains(wanted)).forEach(found::add);
        return found;
    }

    /**
     * The blast radius: every node downstream of the selection, i.e. everything that uses it directly or through
     * other nodes and module calls, the selection included. Module paths in the selection stand for their nodes.
     */
    public Set<String> blastRadius(Collection<String> selection) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String start : selection) {
            if (isModule(start)) {
                nodes.values().stream().filter(n -> Addresses.within(n.module(), start))
                        .forEach(n -> todo.add(n.address()));
            }
            todo.add(start);
        }
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(usedBy(next));
            }
        }
        seen.retainAll(nodes.keySet());
        return seen;
    }

    /** Changed nodes and the nodes they use or are used by directly (through module calls too). */
    public Set<String> changedAndNeighbours() {
        Set<String> keep = new LinkedHashSet<>();
        for (GraphNode node : nodes.values()) {
            if (node.isChanged()) {
                keep.add(node.address());
                uses(node.address()).forEach(keep::add);
                usedBy(node.address()).forEach(keep::add);
            }
        }
        keep.retainAll(nodes.keySet());
        return keep;
    }

    /**
     * For each resource and data source, the resources and data sources it uses directly or through variables,
     * locals, outputs and module calls: what {@code terraform graph} draws (before its transitive reduction).
     */
    public Map<String, Set<String>> resourceDependencies() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (GraphNode node : nodes.values()) {
            if (isResource(node.address())) {
                Set<String> found = new TreeSet<>();
                Set<String> seen = new LinkedHashSet<>();
                Deque<String> todo = new ArrayDeque<>(uses(node.address()));
                while (!todo.isEmpty()) {
                    String next = todo.pop();
                    if (!seen.add(next)) {
                        continue;
                    }
                    if (isResource(next)) {
                        found.add(next);
                    } else {
                        todo.addAll(uses(next));
                    }
                }
                found.remove(node.address());
                result.put(node.address(), found);
            }
        }
        return result;
    }

    private boolean isResource(String address) {
        GraphNode node = nodes.get(address);
        return node != null && (node.kind() == NodeKind.RESOURCE || node.kind() == NodeKind.DATA);
    }
}
