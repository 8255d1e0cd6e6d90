package io.dataops.workbench.terraform.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A reference with what it resolves to: the declaration it names, in {@code targetDir} (the module's own
 * directory, or the child module's for {@code module.x.output}). Empty for references that name no
 * declaration ({@code path.module}, {@code count.index}) and for undeclared ones.
 */
public record ResolvedReference(Reference reference, Path dir, Optional<Declaration> target, Path targetDir) {

    public boolean resolved() {
        return target.isPresent();
    }
}
