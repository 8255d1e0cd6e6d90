package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/** One module directory after linking: every reference resolved (or not), and the module's diagnostics. */
public record LinkedModule(Path dir, ModuleIndex index, List<ResolvedReference> references,
                           List<Diagnostic> diagnostics) {

    public LinkedModule {
        references = List.copyOf(references);
        diagnostics = List.copyOf(diagnostics);
    }
}
