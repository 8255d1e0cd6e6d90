package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.terraform.config.Declaration;

/**
 * A declaration with where its name is written: what the outline, go to symbol and go to definition show.
 *
 * @param module the module's display name ("the root module", "module.network")
 * @param name   where the declared name itself is written (a label without its quotes, a local's name)
 */
public record Symbol(Declaration declaration, String module, Location name) {

    public String label() {
        return declaration.address();
    }
}
