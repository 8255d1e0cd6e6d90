package io.dataops.workbench.terraform.run;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.SummaryLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Init and plan in a project folder, then read the saved plan: the whole "Plan" button. The plan file stays in a
 * private temporary folder (it holds terraform's unmasked values) so the plan can be applied exactly as shown.
 */
public final class PlanRun {

    /** A finished plan run: the masked plan, its summary line and the saved plan file for apply. */
    public record Result(Plan plan, String summary, Path planFile, Path projectDir, String terraformWorkspace) {
    }

    private final TerraformCommands commands;

    public PlanRun(TerraformCommands commands) {
        this.commands = commands;
    }

    public Result run(Path projectDir, RunInputs inputs, Consumer<String> lines, TaskContext context) {
        if (!Files.isDirectory(projectDir)) {
            throw new UserFacingException("The project folder " + projectDir + " does not exist or is not a folder.");
        }
        context.message("terraform init");
        commands.init(projectDir, lines, context);
        if (!inputs.workspace().isEmpty()) {
            selectOrCreate(projectDir, inputs.workspace(), lines, context);
        }
        String workspace = inputs.workspace().isEmpty()
                ? commands.workspaces(projectDir, context).current() : inputs.workspace();
        Path planFile = newPlanFile();
        context.message("terraform plan");
        commands.plan(projectDir, inputs, planFile, lines, context);
        context.message("Reading the plan");
        Plan plan = commands.show(projectDir, planFile, context);
        return new Result(plan, SummaryLine.render(plan, commands.tool().flavor()), planFile, projectDir, workspace);
    }

    private void selectOrCreate(Path dir, String workspace, Consumer<String> lines, TaskContext context) {
        if (commands.workspaces(dir, context).all().contains(workspace)) {
            commands.selectWorkspace(dir, workspace, lines, context);
        } else {
            commands.newWorkspace(dir, workspace, lines, context);
        }
    }

    private static Path newPlanFile() {
        try {
            Path folder = Files.createTempDirectory("dataops-plan-");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("workbench.tfplan");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UserFacingException("Could not create a temporary folder for the plan file: " + e.getMessage(), e);
        }
    }
}
