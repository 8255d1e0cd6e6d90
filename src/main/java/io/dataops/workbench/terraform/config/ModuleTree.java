package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The module instances reached from the root through local module calls, followed recursively (a call
 * back into a module already on the path is not followed again, as Terraform would refuse it anyway).
 */
public final class ModuleTree {

    /** Deeper nesting than this is almost certainly a cycle through differently written paths. */
    private static final int MAX_DEPTH = 64;

    private final ModuleInstance root;
    private final Map<Path, String> displayNames;
    private final List<Diagnostic> diagnostics;

    private ModuleTree(ModuleInstance root, Map<Path, String> displayNames, List<Diagnostic> diagnostics) {
        this.root = root;
        this.displayNames = displayNames;
        this.diagnostics = List.copyOf(diagnostics);
    }

    static ModuleTree build(Path rootDir, Function<Path, ModuleIndex> index) {
        Map<Path, String> names = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        names.put(rootDir, "the root module");
        ModuleInstance root = instance("", rootDir, Optional.empty(), index, names, diagnostics, List.of(rootDir));
        return new ModuleTree(root, names, diagnostics);
    }

    private static ModuleInstance instance(String path, Path dir, Optional<Declaration.ModuleCall> call,
                                           Function<Path, ModuleIndex> index, Map<Path, String> names,
                                           List<Diagnostic> diagnostics, List<Path> chain) {
        List<ModuleInstance> children = new ArrayList<>();
        for (Declaration.ModuleCall child : index.apply(dir).all(Declaration.ModuleCall.class)) {
            Optional<Path> childDir = childDir(dir, child);
            if (childDir.isEmpty() || chain.contains(childDir.get()) || chain.size() > MAX_DEPTH) {
                continue;
            }
            if (!Files.isDirectory(childDir.get())) {
                diagnostics.add(Diagnostic.error("Unreadable module directory", "The directory "
                        + child.source().orElse("") + " does not exist or cannot be read.", child.range()));
                continue;
            }
            String childPath = (path.isEmpty() ? "" : path + ".") + "module." + child.name();
            names.putIfAbsent(childDir.get(), childPath);
            List<Path> deeper = new ArrayList<>(chain);
            deeper.add(childDir.get());
            children.add(instance(childPath, childDir.get(), Optional.of(child), index, names, diagnostics, deeper));
        }
        return new ModuleInstance(path, dir, call, children);
    }

    /** The directory of a local module call, resolved against the calling module's directory. */
    static Optional<Path> childDir(Path dir, Declaration.ModuleCall call) {
        if (!call.isLocal()) {
            return Optional.empty();
        }
        return Optional.of(dir.resolve(call.source().orElseThrow()).toAbsolutePath().normalize());
    }

    public ModuleInstance root() {
        return root;
    }

    /** Every module directory, mapped to how diagnostics name it ("the root module", "module.a"). */
    Map<Path, String> displayNames() {
        return displayNames;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The loaded child modules of {@code dir}, by call name. */
    Map<String, ModuleIndex> children(Path dir, Map<Path, ModuleIndex> indexes) {
        Map<String, ModuleIndex> children = new HashMap<>();
        for (Declaration.ModuleCall call : indexes.get(dir).all(Declaration.ModuleCall.class)) {
            childDir(dir, call).filter(indexes::containsKey).ifPresent(d -> children.put(call.name(), indexes.get(d)));
        }
        return children;
    }
}
