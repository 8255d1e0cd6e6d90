package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.config.LinkedModule;
import io.dataops.workbench.terraform.config.ResolvedReference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Go to definition and find references. What is under the caret can be a reference ({@code var.x},
 * {@code module.m.out}: its target), a declaration's own name, or an argument of a local module call
 * (the child module's variable).
 */
public final class Navigation {

    private Navigation() {
    }

    /** The declaration that what is at {@code offset} of {@code file} names, if any. */
    public static Optional<Declaration> declarationAt(IntelSnapshot snapshot, Path file, int offset) {
        Path path = file.toAbsolutePath().normalize();
        Optional<LinkedModule> module = snapshot.module(path.getParent());
        if (module.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResolvedReference> reference = referenceAt(snapshot, module.get(), path, offset);
        if (reference.isPresent()) {
            return reference.get().target();
        }
        for (Declaration.ModuleCall call : module.get().index().all(Declaration.ModuleCall.class)) {
            if (!call.file().toAbsolutePath().normalize().equals(path)) {
                continue;
            }
            for (Map.Entry<String, Attribute> argument : call.arguments().entrySet()) {
                int start = argument.getValue().span().start();
                if (start <= offset && offset <= start + argument.getKey().length()) {
                    return childModule(snapshot, call).flatMap(child -> child.index().variable(argument.getKey()))
                            .map(Declaration.class::cast);
                }
            }
        }
        for (Declaration declaration : snapshot.declarations(path)) {
            Optional<int[]> name = Symbols.nameSpan(declaration);
            if (name.isPresent() && name.get()[0] <= offset && offset <= name.get()[1]) {
                return Optional.of(declaration);
            }
        }
        return Optional.empty();
    }

    /** Where the declaration named at {@code offset} is. */
    public static Optional<Symbol> definitionAt(IntelSnapshot snapshot, Path file, int offset) {
        return declarationAt(snapshot, file, offset).flatMap(d -> Symbols.of(snapshot, d));
    }

    /** The innermost reference written at {@code offset}. */
    public static Optional<ResolvedReference> referenceAt(IntelSnapshot snapshot, LinkedModule module, Path file,
                                                          int offset) {
        Optional<TextLines> lines = snapshot.lines(file);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        ResolvedReference best = null;
        int bestLength = Integer.MAX_VALUE;
        for (ResolvedReference reference : module.references()) {
            if (!snapshot.fileOf(reference.reference().range()).equals(file)) {
                continue;
            }
            TextLines.Span span = lines.get().span(reference.reference().range());
            if (span.contains(offset) && span.end() - span.start() < bestLength) {
                best = reference;
                bestLength = span.end() - span.start();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every place that names {@code target}: references in any module, and arguments of calls to its module. */
    public static List<Usage> usages(IntelSnapshot snapshot, Declaration target) {
        List<Usage> usages = new ArrayList<>();
        for (ResolvedReference reference : snapshot.configuration().references()) {
            if (reference.target().filter(t -> same(t, target)).isPresent()) {
                snapshot.locate(reference.reference().range())
                        .ifPresent(l -> usages.add(new Usage(l, reference, Optional.empty())));
            }
        }
        if (target instanceof Declaration.Variable variable) {
            Path dir = variable.file().toAbsolutePath().normalize().getParent();
            for (LinkedModule module : snapshot.configuration().modules().values()) {
                for (Declaration.ModuleCall call : module.index().all(Declaration.ModuleCall.class)) {
                    Attribute argument = call.arguments().get(variable.name());
                    if (argument != null && childDir(call).filter(dir::equals).isPresent()) {
                        int start = argument.span().start();
                        snapshot.locate(call.file().toAbsolutePath().normalize(), start, start + variable.name().length())
                                .ifPresent(l -> usages.add(new Usage(l, null, Optional.of(call))));
                    }
                }
            }
        }
        usages.sort(Comparator.comparing((Usage u) -> u.location().file().toString())
                .thenComparingInt(u -> u.location().start()));
        return usages;
    }

    /** One use of a declaration: a reference, or the argument of {@code call} that sets a child's variable. */
    public record Usage(Location location, ResolvedReference reference, Optional<Declaration.ModuleCall> call) {
    }

    static boolean same(Declaration a, Declaration b) {
        return a == b || (a.address().equals(b.address()) && a.file().equals(b.file())
                && a.range().start().byteOffset() == b.range().start().byteOffset());
    }

    static Optional<Path> childDir(Declaration.ModuleCall call) {
        if (!call.isLocal()) {
            return Optional.empty();
        }
        return Optional.of(call.file().toAbsolutePath().normalize().getParent().resolve(call.source().orElseThrow())
                .normalize());
    }

    static Optional<LinkedModule> childModule(IntelSnapshot snapshot, Declaration.ModuleCall call) {
        return childDir(call).flatMap(snapshot::module);
    }
}
