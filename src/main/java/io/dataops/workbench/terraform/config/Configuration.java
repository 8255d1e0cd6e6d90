package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An analysed configuration: the module tree, each module's declarations and resolved references, the
 * values that can be known, the dependency graph and the diagnostics. Made by {@link ConfigAnalyzer},
 * which hands over the per-module checks it keeps between edits (module arguments, provider schema);
 * the values and the graph are computed when first asked for.
 */
public final class Configuration {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.subject().filename())
            .thenComparingInt(d -> d.subject().start().byteOffset())
            .thenComparing(Diagnostic::summary);

    private final Path root;
    private final ModuleTree tree;
    private final Map<Path, LinkedModule> modules;
    private final VariableValues variableValues;
    private final Optional<ProviderSchema> schema;
    private final List<Diagnostic> checks;
    private InstanceValues values;
    private DependencyGraph graph;
    private List<Diagnostic> diagnostics;

    Configuration(Path root, ModuleTree tree, Map<Path, LinkedModule> modules, VariableValues variableValues,
                  Optional<ProviderSchema> schema, List<Diagnostic> checks) {
        this.root = root;
        this.tree = tree;
        this.modules = Map.copyOf(modules);
        this.variableValues = variableValues;
        this.schema = schema;
        this.checks = checks;
    }

    public Path root() {
        return root;
    }

    /** The root module instance, with its children. */
    public ModuleInstance rootModule() {
        return tree.root();
    }

    /** The linked module of a directory of the configuration. */
    public Optional<LinkedModule> module(Path dir) {
        return Optional.ofNullable(modules.get(dir.toAbsolutePath().normalize()));
    }

    public Map<Path, LinkedModule> modules() {
        return modules;
    }

    /** The provider schema the analysis checked against, if one was given. */
    public Optional<ProviderSchema> schema() {
        return schema;
    }

    public VariableValues variableValues() {
        return variableValues;
    }

    /** Every reference of every module, with what it resolves to. */
    public List<ResolvedReference> references() {
        List<ResolvedReference> all = new ArrayList<>();
        modules.values().forEach(m -> all.addAll(m.references()));
        return all;
    }

    /** The values of a module instance ({@code ""} for the root, {@code "module.a"} for a child). */
    public synchronized Optional<ModuleValues> values(String instancePath) {
        if (values == null) {
            values = new InstanceValues(root, tree.root(), modules, variableValues);
        }
        return tree.root().all().stream().filter(i -> i.path().equals(instancePath)).findFirst().map(values::of);
    }

    public synchronized DependencyGraph graph() {
        if (graph == null) {
            graph = GraphBuilder.build(tree.root(), modules);
        }
        return graph;
    }

    /** All diagnostics, errors and warnings, by file and position. */
    public synchronized List<Diagnostic> diagnostics() {
        if (diagnostics == null) {
            List<Diagnostic> all = new ArrayList<>(tree.diagnostics());
            modules.values().forEach(m -> all.addAll(m.diagnostics()));
            all.addAll(variableValues.diagnostics());
            ValueChecks.rootVariables(modules.get(root).index(), variableValues, all);
            all.addAll(checks);
            all.sort(ORDER);
            diagnostics = List.copyOf(all);
        }
        return diagnostics;
    }

    public boolean hasErrors() {
        return diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
