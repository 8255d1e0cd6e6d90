package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.terraform.intel.ProviderSchemaStore;
import io.dataops.workbench.terraform.run.TerraformCommands;
import java.util.function.Supplier;

/** Where provider schemas are kept (the workspace) and the terraform that can print a project's. */
public record SchemaServices(ProviderSchemaStore store, Supplier<TerraformCommands> terraform) {
}
