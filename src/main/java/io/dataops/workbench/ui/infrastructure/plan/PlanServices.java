package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.terraform.run.TerraformCommands;
import io.dataops.workbench.terraform.run.TerraformTool;
import java.util.function.Supplier;

/**
 * What the plan view needs from the core: the terraform program as Settings say now (read at each run, so a
 * changed binary applies at once), and the plan history of the workspace.
 */
public record PlanServices(Supplier<TerraformTool> tool, PlanHistory history) {

    TerraformCommands commands() {
        return new TerraformCommands(tool.get());
    }
}
