package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.ConfigFile;

import java.nio.file.Path;
import java.util.List;

/**
 * What one configuration file contributes to its module: its parse, its declarations, the references in
 * them (not yet resolved) and the problems visible from the file alone (syntax errors, {@code count} or
 * {@code self} used out of place). Depends on nothing but the file's text, so an edit to another file
 * never recomputes it.
 */
public record FileFacts(Path file, ConfigFile parsed, List<Declaration> declarations, List<Reference> references,
                        List<Diagnostic> diagnostics) {

    public FileFacts {
        declarations = List.copyOf(declarations);
        references = List.copyOf(references);
        diagnostics = List.copyOf(diagnostics);
    }
}
