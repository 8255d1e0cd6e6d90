package io.dataops.workbench.terraform.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A module in the configuration tree: the root ({@code path} empty) or a local child reached through module
 * calls ({@code module.a.module.b}). One directory may back several instances.
 */
public record ModuleInstance(String path, Path dir, Optional<Declaration.ModuleCall> call,
                             List<ModuleInstance> children) {

    public ModuleInstance {
        children = List.copyOf(children);
    }

    public boolean isRoot() {
        return path.isEmpty();
    }

    /** The absolute address of a declaration of this module ({@code module.a.var.x}). */
    public String address(String relative) {
        return path.isEmpty() ? relative : path + "." + relative;
    }

    /** This instance and all below it, depth first. */
    public List<ModuleInstance> all() {
        java.util.List<ModuleInstance> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(ModuleInstance instance, List<ModuleInstance> out) {
        out.add(instance);
        instance.children.forEach(child -> collect(child, out));
    }

    public Optional<ModuleInstance> child(String callName) {
        return children.stream().filter(c -> c.call().map(m -> m.name().equals(callName)).orElse(false)).findFirst();
    }
}
