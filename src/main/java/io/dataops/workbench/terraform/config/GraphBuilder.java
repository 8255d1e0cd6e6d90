package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.Attribute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link DependencyGraph} of every module instance from the resolved references: a reference
 * in a module call's argument {@code x} becomes an edge of the child's {@code var.x}, and a reference to
 * {@code module.m.out} an edge to the child's {@code output.out}, so paths cross module boundaries the way
 * values flow.
 */
final class GraphBuilder {

    private final Map<String, DependencyGraph.Node> nodes = new LinkedHashMap<>();
    private final List<DependencyGraph.Edge> edges = new ArrayList<>();

    private GraphBuilder() {
    }

    static DependencyGraph build(ModuleInstance root, Map<Path, LinkedModule> modules) {
        GraphBuilder builder = new GraphBuilder();
        for (ModuleInstance instance : root.all()) {
            LinkedModule module = modules.get(instance.dir());
            if (module != null) {
                builder.nodes(instance, module);
            }
        }
        for (ModuleInstance instance : root.all()) {
            LinkedModule module = modules.get(instance.dir());
            if (module != null) {
                builder.edges(instance, module);
            }
        }
        return new DependencyGraph(builder.nodes, builder.edges);
    }

    private void nodes(ModuleInstance instance, LinkedModule module) {
        for (Declaration declaration : module.index().all(Declaration.class)) {
            if (declaration.kind().inGraph()) {
                String address = instance.address(declaration.address());
                nodes.put(address, new DependencyGraph.Node(declaration.kind(), address, instance.path(),
                        declaration.range().filename(), declaration.range()));
            }
        }
    }

    private void edges(ModuleInstance instance, LinkedModule module) {
        for (ModuleInstance child : instance.children()) {
            Declaration.ModuleCall call = child.call().orElseThrow();
            for (String argument : call.arguments().keySet()) {
                link(child.address("var." + argument), instance.address(call.address()), call.address(),
                        call.arguments().get(argument).nameRange());
            }
        }
        for (ResolvedReference resolved : module.references()) {
            Optional<Declaration> target = resolved.target();
            if (target.isEmpty() || !target.get().kind().inGraph()) {
                continue;
            }
            Reference reference = resolved.reference();
            String to = resolved.targetDir().equals(resolved.dir())
                    ? instance.address(target.get().address())
                    : instance.child(callName(reference)).map(c -> c.address(target.get().address())).orElse("");
            link(from(instance, module.index(), reference), to, reference.text(), reference.range());
        }
    }

    /** The node a reference belongs to: its declaration, or for a module argument the child's variable. */
    private String from(ModuleInstance instance, ModuleIndex index, Reference reference) {
        String referrer = reference.referrer();
        if (referrer.startsWith("module.")) {
            Optional<ModuleInstance> child = instance.child(referrer.substring(7));
            Optional<Declaration.ModuleCall> call = index.moduleCall(referrer.substring(7));
            if (child.isPresent() && call.isPresent()) {
                for (Attribute argument : call.get().arguments().values()) {
                    if (contains(argument.expression().range(), reference.range())) {
                        return child.get().address("var." + argument.name());
                    }
                }
            }
        }
        return instance.address(referrer);
    }

    private void link(String from, String to, String text, SourceRange range) {
        if (nodes.containsKey(from) && nodes.containsKey(to) && !from.equals(to)) {
            edges.add(new DependencyGraph.Edge(from, to, text, range));
        }
    }

    private static String callName(Reference reference) {
        return reference.subject().substring("module.".length());
    }

    private static boolean contains(SourceRange outer, SourceRange inner) {
        return outer.filename().equals(inner.filename())
                && outer.start().byteOffset() <= inner.start().byteOffset()
                && inner.end().byteOffset() <= outer.end().byteOffset();
    }
}
