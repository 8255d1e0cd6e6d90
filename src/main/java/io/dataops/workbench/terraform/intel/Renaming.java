package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.config.DeclarationKind;
import io.dataops.workbench.terraform.config.Reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rename of a variable, local, output, resource, data source or module call: the declared name and every
 * use of it, in all modules (a child's variable is also renamed in the arguments of the calls to it; an
 * output in {@code module.x.out} of the callers). Computes the edits; applying them is the editor's job.
 */
public final class Renaming {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Set<DeclarationKind> RENAMEABLE = Set.of(DeclarationKind.VARIABLE, DeclarationKind.LOCAL,
            DeclarationKind.OUTPUT, DeclarationKind.RESOURCE, DeclarationKind.DATA, DeclarationKind.MODULE);

    private Renaming() {
    }

    /** The edits, sorted by file and position; a rename to an invalid or taken name is refused. */
    public static List<RenameEdit> edits(IntelSnapshot snapshot, Declaration target, String newName) {
        if (!RENAMEABLE.contains(target.kind())) {
            throw new UserFacingException("A " + Hovers.kindWord(target) + " cannot be renamed here: rename variables, "
                    + "locals, outputs, resources, data sources and module calls.");
        }
        if (!NAME.matcher(newName).matches()) {
            throw new UserFacingException("\"" + newName + "\" is not a valid name: use letters, digits, underscores "
                    + "and dashes, starting with a letter or underscore.");
        }
        String oldName = name(target);
        String newAddress = target.address().substring(0, target.address().length() - oldName.length()) + newName;
        Path dir = target.file().toAbsolutePath().normalize().getParent();
        if (snapshot.module(dir).flatMap(m -> m.index().find(newAddress)).isPresent()) {
            throw new UserFacingException(newAddress + " is already declared in " + snapshot.moduleName(dir)
                    + ": choose another name.");
        }
        List<RenameEdit> edits = new ArrayList<>();
        Symbols.nameSpan(target).ifPresent(span -> add(snapshot, target.file().toAbsolutePath().normalize(),
                span[0], span[1], newName, edits));
        for (Navigation.Usage usage : Navigation.usages(snapshot, target)) {
            Location at = usage.location();
            if (usage.call().isPresent()) {
                add(snapshot, at.file(), at.start(), at.start() + oldName.length(), newName, edits);
                continue;
            }
            Reference reference = usage.reference().reference();
            boolean outputOfChild = target.kind() == DeclarationKind.OUTPUT;
            Optional<Location> part = snapshot.locate(outputOfChild ? reference.attributeRange() : reference.subjectRange());
            part.ifPresent(p -> add(snapshot, p.file(), p.end() - oldName.length(), p.end(), newName, edits));
        }
        edits.removeIf(e -> !snapshot.lines(e.file()).map(l -> l.text().substring(e.start(), e.end()).equals(oldName))
                .orElse(false));
        edits.sort(Comparator.comparing((RenameEdit e) -> e.file().toString()).thenComparingInt(RenameEdit::start));
        return edits;
    }

    /** A {@code moved} block recording a resource's rename, to add at the end of its file. */
    public static Optional<RenameEdit> movedBlock(IntelSnapshot snapshot, Declaration target, String newName) {
        if (!(target instanceof Declaration.Resource resource) || !resource.managed()) {
            return Optional.empty();
        }
        Path file = target.file().toAbsolutePath().normalize();
        return snapshot.lines(file).map(lines -> {
            int end = lines.text().length();
            String separator = lines.text().endsWith("\n") ? "\n" : "\n\n";
            String block = separator + "moved {\n  from = " + resource.address() + "\n  to   = " + resource.type() + "."
                    + newName + "\n}\n";
            return new RenameEdit(file, end, end, block, lines.line(end), "");
        });
    }

    static String name(Declaration declaration) {
        String address = declaration.address();
        return address.substring(address.lastIndexOf('.') + 1);
    }

    private static void add(IntelSnapshot snapshot, Path file, int start, int end, String text, List<RenameEdit> edits) {
        snapshot.lines(file).ifPresent(lines -> {
            int line = lines.line(start);
            if (edits.stream().noneMatch(e -> e.file().equals(file) && e.start() == start)) {
                edits.add(new RenameEdit(file, start, end, text, line, lines.lineText(line).trim()));
            }
        });
    }
}
