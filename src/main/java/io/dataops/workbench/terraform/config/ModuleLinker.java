package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Attribute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a module's references against its declarations and its children's outputs, and finds the
 * problems Terraform's validate finds there: undeclared names, missing module outputs, duplicate
 * declarations, module arguments the child does not declare or misses. Adds warnings of its own for
 * variables and locals nobody uses. Reads only this module's facts and its direct children's indexes.
 */
final class ModuleLinker {

    private final ModuleIndex module;
    private final String displayName;
    private final Map<String, ModuleIndex> children;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<ResolvedReference> resolved = new ArrayList<>();

    private ModuleLinker(ModuleIndex module, String displayName, Map<String, ModuleIndex> children) {
        this.module = module;
        this.displayName = displayName;
        this.children = children;
    }

    /**
     * @param displayName "the root module" or the address of a module that calls this directory
     * @param children    the loaded child modules by call name (remote sources are absent)
     */
    static LinkedModule link(ModuleIndex module, String displayName, Map<String, ModuleIndex> children) {
        ModuleLinker linker = new ModuleLinker(module, displayName, children);
        module.files().forEach(f -> linker.diagnostics.addAll(f.diagnostics()));
        DuplicateCheck.check(module.declarations(), linker.diagnostics);
        for (FileFacts facts : module.files()) {
            facts.references().forEach(linker::resolve);
        }
        module.all(Declaration.ModuleCall.class).forEach(linker::checkArguments);
        linker.unused();
        VariableChecks.defaults(module, linker.diagnostics);
        return new LinkedModule(module.dir(), module, linker.resolved, linker.diagnostics);
    }

    private void resolve(Reference reference) {
        Path dir = module.dir();
        switch (reference.kind()) {
            case VARIABLE -> found(reference, module.find(reference.subject()), dir, () -> undeclared(reference,
                    "Reference to undeclared input variable", "An input variable with the name \""
                            + name(reference) + "\" has not been declared. This variable can be declared with a "
                            + "variable \"" + name(reference) + "\" {} block."));
            case LOCAL -> found(reference, module.find(reference.subject()), dir, () -> undeclared(reference,
                    "Reference to undeclared local value", "A local value with the name \"" + name(reference)
                            + "\" has not been declared."));
            case RESOURCE, DATA -> found(reference, module.find(reference.subject()), dir, () -> undeclared(reference,
                    "Reference to undeclared resource", resourceDetail(reference)));
            case MODULE -> moduleReference(reference);
            default -> resolved.add(new ResolvedReference(reference, dir, Optional.empty(), dir));
        }
    }

    private void moduleReference(Reference reference) {
        String callName = name(reference);
        Optional<Declaration.ModuleCall> call = module.moduleCall(callName);
        if (call.isEmpty()) {
            diagnostics.add(Diagnostic.error("Reference to undeclared module", "No module call named \"" + callName
                    + "\" is declared in " + displayName + ".", reference.range()));
            resolved.add(new ResolvedReference(reference, module.dir(), Optional.empty(), module.dir()));
            return;
        }
        ModuleIndex child = children.get(callName);
        Optional<String> output = reference.attribute();
        if (child == null || output.isEmpty() || !indexMatches(call.get(), reference)) {
            resolved.add(new ResolvedReference(reference, module.dir(), Optional.of(call.get()), module.dir()));
            return;
        }
        Optional<Declaration.Output> declared = child.output(output.get());
        if (declared.isEmpty()) {
            diagnostics.add(Diagnostic.error("Unsupported attribute", "This object does not have an attribute named \""
                    + output.get() + "\".", reference.attributeRange()));
            resolved.add(new ResolvedReference(reference, module.dir(), Optional.of(call.get()), module.dir()));
        } else {
            resolved.add(new ResolvedReference(reference, module.dir(), Optional.of(declared.get()), child.dir()));
        }
    }

    /** {@code module.x.out} fits a single call, {@code module.x[k].out} one with count or for_each. */
    private static boolean indexMatches(Declaration.ModuleCall call, Reference reference) {
        boolean expanded = call.count().isPresent() || call.forEach().isPresent();
        return expanded == reference.indexed();
    }

    private void checkArguments(Declaration.ModuleCall call) {
        ModuleIndex child = children.get(call.name());
        if (child == null) {
            return;
        }
        for (Attribute argument : call.arguments().values()) {
            if (child.variable(argument.name()).isEmpty()) {
                diagnostics.add(Diagnostic.error("Unsupported argument", "An argument named \"" + argument.name()
                        + "\" is not expected here.", argument.nameRange()));
            }
        }
        for (Declaration.Variable variable : child.all(Declaration.Variable.class)) {
            if (variable.required() && !call.arguments().containsKey(variable.name())) {
                diagnostics.add(Diagnostic.error("Missing required argument", "The argument \"" + variable.name()
                        + "\" is required, but no definition was found.", call.block().openBraceRange()));
            }
        }
    }

    private void unused() {
        Set<String> used = new HashSet<>();
        resolved.forEach(r -> used.add(r.reference().subject()));
        for (Declaration.Variable variable : module.all(Declaration.Variable.class)) {
            if (!used.contains(variable.address())) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "Unused variable", "The variable \""
                        + variable.name() + "\" is declared but never used in this module.", variable.range()));
            }
        }
        for (Declaration.Local local : module.all(Declaration.Local.class)) {
            if (!used.contains(local.address())) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "Unused local value", "The local value \""
                        + local.name() + "\" is declared but never used in this module.", local.range()));
            }
        }
    }

    private void found(Reference reference, Optional<Declaration> target, Path dir, Runnable otherwise) {
        if (target.isEmpty()) {
            otherwise.run();
        }
        resolved.add(new ResolvedReference(reference, dir, target, dir));
    }

    private void undeclared(Reference reference, String summary, String detail) {
        diagnostics.add(Diagnostic.error(summary, detail, reference.subjectRange()));
    }

    private String resourceDetail(Reference reference) {
        String[] parts = reference.subject().split("\\.");
        boolean data = reference.kind() == ReferenceKind.DATA;
        String type = parts[data ? 1 : 0];
        String name = parts[data ? 2 : 1];
        return "A " + (data ? "data" : "managed") + " resource \"" + type + "\" \"" + name
                + "\" has not been declared in " + displayName + ".";
    }

    private static String name(Reference reference) {
        return reference.subject().substring(reference.subject().indexOf('.') + 1);
    }
}
