package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.BlockLabel;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.config.DeclarationKind;
import io.dataops.workbench.terraform.config.LinkedModule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Declarations as symbols: the outline of a file and the project-wide list that go to symbol searches. */
public final class Symbols {

    private Symbols() {
    }

    /** Where the declared name is written; the whole declaration range where it has no name of its own. */
    public static Optional<Symbol> of(IntelSnapshot snapshot, Declaration declaration) {
        Path file = declaration.file().toAbsolutePath().normalize();
        String module = snapshot.moduleName(file.getParent());
        Optional<Location> name = nameSpan(declaration)
                .flatMap(span -> snapshot.locate(file, span[0], span[1]))
                .or(() -> snapshot.locate(declaration.range()));
        return name.map(l -> new Symbol(declaration, module, l));
    }

    /** The outline of a file: its declarations in order. */
    public static List<Symbol> outline(IntelSnapshot snapshot, Path file) {
        return snapshot.declarations(file).stream().map(d -> of(snapshot, d)).flatMap(Optional::stream).toList();
    }

    /** The declarations of every module whose address contains {@code query} (case-insensitive), best first. */
    public static List<Symbol> search(IntelSnapshot snapshot, String query, int limit) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        List<Symbol> found = new ArrayList<>();
        for (LinkedModule module : snapshot.configuration().modules().values()) {
            for (Declaration d : module.index().declarations()) {
                if (d.kind() != DeclarationKind.TERRAFORM && d.address().toLowerCase(Locale.ROOT).contains(q)) {
                    of(snapshot, d).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparingInt((Symbol s) -> rank(s, q)).thenComparing(Symbol::label)
                .thenComparing(s -> s.name().file().toString()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static int rank(Symbol symbol, String query) {
        String address = symbol.label().toLowerCase(Locale.ROOT);
        String name = address.substring(address.lastIndexOf('.') + 1);
        return name.equals(query) ? 0 : name.startsWith(query) ? 1 : address.startsWith(query) ? 2 : 3;
    }

    /** Char offsets of the name: the last label (without quotes), a local's name. */
    static Optional<int[]> nameSpan(Declaration declaration) {
        if (declaration instanceof Declaration.Local local) {
            int start = local.attribute().span().start();
            return Optional.of(new int[] {start, start + local.name().length()});
        }
        Block block = blockOf(declaration);
        if (block == null || block.labels().isEmpty()) {
            return Optional.empty();
        }
        BlockLabel label = block.labels().get(block.labels().size() - 1);
        int start = label.span().start() + (label.quoted() ? 1 : 0);
        return Optional.of(new int[] {start, start + label.value().length()});
    }

    static Block blockOf(Declaration declaration) {
        if (declaration instanceof Declaration.Resource r) {
            return r.block();
        } else if (declaration instanceof Declaration.Variable v) {
            return v.block();
        } else if (declaration instanceof Declaration.Output o) {
            return o.block();
        } else if (declaration instanceof Declaration.ModuleCall m) {
            return m.block();
        } else if (declaration instanceof Declaration.Provider p) {
            return p.block();
        } else if (declaration instanceof Declaration.Meta m) {
            return m.block();
        } else if (declaration instanceof Declaration.Settings s) {
            return s.block();
        }
        return null;
    }
}
