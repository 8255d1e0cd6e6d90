package io.dataops.workbench.app;

import io.dataops.workbench.terraform.intel.ProviderSchemaStore;
import io.dataops.workbench.terraform.run.TerraformCommands;
import io.dataops.workbench.terraform.run.TerraformTool;
import io.dataops.workbench.ui.infrastructure.intel.SchemaServices;
import io.dataops.workbench.workspace.WorkbenchSettings;
import io.dataops.workbench.workspace.Workspace;

/** The editor's provider schemas live in the workspace; terraform is Settings' binary, read at each import. */
final class IntelHosting {

    private IntelHosting() {
    }

    static SchemaServices schemaServices(Workspace workspace) {
        WorkbenchSettings settings = workspace.workbenchSettings();
        return new SchemaServices(new ProviderSchemaStore(workspace::connect), () -> new TerraformCommands(
                new TerraformTool(settings.terraformBinary(), settings.awsProfile(), settings.awsRegion())));
    }
}
