package io.dataops.workbench.terraform.history;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.terraform.run.PlanRun;
import io.dataops.workbench.terraform.run.RunInputs;
import io.dataops.workbench.terraform.run.TerraformCommands;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A plan run whose (masked) result goes into the plan history: what the Plan button and {@code dataops plan run} do. */
public final class RecordedPlanRun {

    /** The run's result and its entry in the history. */
    public record Outcome(PlanRun.Result result, PlanRecord record) {
    }

    private final TerraformCommands commands;
    private final PlanHistory history;

    public RecordedPlanRun(TerraformCommands commands, PlanHistory history) {
        this.commands = commands;
        this.history = history;
    }

    public Outcome run(String projectName, Path projectDir, RunInputs inputs, Consumer<String> lines,
                       TaskContext context) {
        PlanRun.Result result = new PlanRun(commands).run(projectDir, inputs, lines, context);
        String described = inputs.describe(result.plan().sensitiveVariables(), true);
        PlanRecord record = history.save(projectName, projectDir.toString(), result.terraformWorkspace(), described,
                result.plan(), result.summary());
        return new Outcome(result, record);
    }
}
