package io.dataops.workbench.terraform.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declarations of one module directory by address: the first declaration of each address wins (later
 * ones are duplicates, reported by {@link ModuleLinker}). Built from the directory's {@link FileFacts} only.
 */
public final class ModuleIndex {

    private final Path dir;
    private final List<FileFacts> files;
    private final Map<String, Declaration> byAddress = new LinkedHashMap<>();
    private final List<Declaration> all = new ArrayList<>();
    private final Map<Class<?>, List<? extends Declaration>> byType = new ConcurrentHashMap<>();

    ModuleIndex(Path dir, List<FileFacts> files) {
        this.dir = dir;
        this.files = List.copyOf(files);
        for (FileFacts facts : this.files) {
            for (Declaration declaration : facts.declarations()) {
                all.add(declaration);
                if (declaration.kind() != DeclarationKind.MOVED && declaration.kind() != DeclarationKind.IMPORT
                        && declaration.kind() != DeclarationKind.REMOVED) {
                    byAddress.putIfAbsent(declaration.address(), declaration);
                }
            }
        }
    }

    public Path dir() {
        return dir;
    }

    public List<FileFacts> files() {
        return files;
    }

    /** Every declaration in file order, duplicates included. */
    public List<Declaration> declarations() {
        return Collections.unmodifiableList(all);
    }

    public Optional<Declaration> find(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    public Optional<Declaration.Variable> variable(String name) {
        return find("var." + name).map(Declaration.Variable.class::cast);
    }

    public Optional<Declaration.Output> output(String name) {
        return find("output." + name).map(Declaration.Output.class::cast);
    }

    public Optional<Declaration.ModuleCall> moduleCall(String name) {
        return find("module." + name).map(Declaration.ModuleCall.class::cast);
    }

    @SuppressWarnings("unchecked") // the list holds only instances of type: it was filtered by it
    public <T extends Declaration> List<T> all(Class<T> type) {
        // The index never changes after construction, and linking asks for the same kinds again and again.
        List<? extends Declaration> found = byType.computeIfAbsent(type,
                t -> byAddress.values().stream().filter(t::isInstance).toList());
        return (List<T>) found;
    }

    /** The required providers of the module's {@code terraform} blocks, local name to source address. */
    public Map<String, String> requiredProviders() {
        Map<String, String> providers = new LinkedHashMap<>();
        all.stream().filter(Declaration.Settings.class::isInstance).map(Declaration.Settings.class::cast)
                .forEach(s -> providers.putAll(s.requiredProviders()));
        return providers;
    }
}
