package io.dataops.workbench.terraform.graph;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.config.DependencyGraph;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanJsonReader;
import io.dataops.workbench.terraform.plan.ResourceChange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the graph from what there is: the semantic model's dependency graph (no terraform needed), a plan laid
 * over it, or a plan JSON on its own (its {@code configuration} section gives the edges).
 */
public final class InfraGraphs {

    private InfraGraphs() {
    }

    /** The configuration's graph, with the plan's actions on its nodes when a plan is given. */
    public static InfraGraph fromConfiguration(DependencyGraph config, Optional<Plan> plan) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Set<String> modules = new TreeSet<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (DependencyGraph.Node node : config.nodes()) {
            String address = Addresses.configLevel(node.address());
            String module = Addresses.configLevel(node.module());
            modules.add(module);
            kindOf(node).ifPresentOrElse(
                    kind -> nodes.putIfAbsent(address, new GraphNode(address, kind, module, typeOf(kind, address, module),
                            List.of())),
                    () -> modules.add(address));
        }
        for (DependencyGraph.Edge edge : config.edges()) {
            edges.add(new GraphEdge(Addresses.configLevel(edge.from()), Addresses.configLevel(edge.to())));
        }
        plan.ifPresent(p -> overlay(p, nodes, modules));
        return new InfraGraph(nodes, modules, edges);
    }

    /** The graph of a plan JSON file ({@code terraform show -json}), edges from its configuration section. */
    public static InfraGraph fromPlanJson(Path file) {
        try {
            return fromPlanJson(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the plan JSON " + file + ": " + e.getMessage(), e);
        }
    }

    /** The same from the JSON's bytes (read twice: once for the changes, once for the configuration). */
    public static InfraGraph fromPlanJson(byte[] json) {
        Plan plan = PlanJsonReader.read(new ByteArrayInputStream(json));
        return fromPlan(plan, PlanConfiguration.read(new ByteArrayInputStream(json)));
    }

    /** A plan with the nodes and edges read from its configuration section. */
    public static InfraGraph fromPlan(Plan plan, PlanConfiguration config) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Set<String> modules = new TreeSet<>(config.modules());
        config.nodes().forEach(node -> nodes.put(node.address(), node));
        overlay(plan, nodes, modules);
        return new InfraGraph(nodes, modules, config.edges());
    }

    private static void overlay(Plan plan, Map<String, GraphNode> nodes, Set<String> modules) {
        Map<String, List<ResourceChange>> byNode = new LinkedHashMap<>();
        for (ResourceChange change : plan.resourceChanges()) {
            byNode.computeIfAbsent(Addresses.configLevel(change.address()), k -> new ArrayList<>()).add(change);
        }
        byNode.forEach((address, changes) -> {
            ResourceChange first = changes.get(0);
            GraphNode node = nodes.get(address);
            if (node == null) {
                // Removed from the configuration (a delete or forget) or only in the plan: still drawn.
                String module = Addresses.configLevel(first.module());
                modules.add(module);
                NodeKind kind = first.isManaged() ? NodeKind.RESOURCE : NodeKind.DATA;
                node = new GraphNode(address, kind, module, first.type(), List.of());
            }
            nodes.put(address, node.withChanges(changes));
        });
    }

    private static Optional<NodeKind> kindOf(DependencyGraph.Node node) {
        return switch (node.kind()) {
            case RESOURCE -> Optional.of(NodeKind.RESOURCE);
            case DATA -> Optional.of(NodeKind.DATA);
            case OUTPUT -> Optional.of(NodeKind.OUTPUT);
            case VARIABLE -> Optional.of(NodeKind.VARIABLE);
            case LOCAL -> Optional.of(NodeKind.LOCAL);
            default -> Optional.empty(); // a module call: its module's group
        };
    }

    static String typeOf(NodeKind kind, String address, String module) {
        String relative = module.isEmpty() ? address : address.substring(module.length() + 1);
        return switch (kind) {
            case RESOURCE -> relative.substring(0, relative.indexOf('.'));
            case DATA -> relative.split("\\.")[1];
            default -> kind.word();
        };
    }
}
