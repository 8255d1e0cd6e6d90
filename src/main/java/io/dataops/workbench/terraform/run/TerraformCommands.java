package io.dataops.workbench.terraform.run;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanJsonReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The terraform commands the workbench runs, each synchronous and cancellable: init, validate, plan -out,
 * show -json (read by streaming, never echoed: it holds sensitive values), graph, apply of a saved plan and
 * the workspace commands.
 */
public final class TerraformCommands {

    /** The Terraform workspaces of a project and the selected one. */
    public record Workspaces(String current, List<String> all) {
        public Workspaces {
            all = List.copyOf(all);
        }
    }

    private final TerraformTool tool;
    private final TerraformProcess process;

    public TerraformCommands(TerraformTool tool) {
        this.tool = tool;
        this.process = new TerraformProcess(tool);
    }

    public TerraformTool tool() {
        return tool;
    }

    public void init(Path dir, Consumer<String> lines, TaskContext context) {
        process.run(dir, name() + " init", List.of("init", "-input=false", "-no-color"), lines, context);
    }

    public void validate(Path dir, Consumer<String> lines, TaskContext context) {
        process.run(dir, name() + " validate", List.of("validate", "-no-color"), lines, context);
    }

    public void plan(Path dir, RunInputs inputs, Path planFile, Consumer<String> lines, TaskContext context) {
        List<String> args = new ArrayList<>(List.of("plan", "-input=false", "-no-color", "-out=" + planFile));
        args.addAll(inputs.planArguments());
        process.run(dir, name() + " plan", args, lines, context);
    }

    /** Reads a saved plan file as our masked model. */
    public Plan show(Path dir, Path planFile, TaskContext context) {
        return process.read(dir, name() + " show -json", List.of("show", "-json", planFile.toString()),
                stdout -> PlanJsonReader.read(stdout, context), context);
    }

    /** {@code terraform providers schema -json} of an initialised directory, as the JSON text it prints. */
    public String providersSchema(Path dir, TaskContext context) {
        return process.read(dir, name() + " providers schema -json", List.of("providers", "schema", "-json"),
                stdout -> new String(stdout.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), context);
    }

    /** The dependency graph in DOT. */
    public String graph(Path dir, TaskContext context) {
        return process.read(dir, name() + " graph", List.of("graph"),
                stdout -> new String(stdout.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), context);
    }

    /** Applies exactly the saved plan (no new plan, no prompt). */
    public void apply(Path dir, Path planFile, Consumer<String> lines, TaskContext context) {
        process.run(dir, name() + " apply", List.of("apply", "-input=false", "-no-color", planFile.toString()),
                lines, context);
    }

    public Workspaces workspaces(Path dir, TaskContext context) {
        List<String> output = process.run(dir, name() + " workspace list", List.of("workspace", "list"),
                line -> { }, context);
        return parseWorkspaces(output);
    }

    public void selectWorkspace(Path dir, String workspace, Consumer<String> lines, TaskContext context) {
        process.run(dir, name() + " workspace select", List.of("workspace", "select", "-no-color", workspace),
                lines, context);
    }

    public void newWorkspace(Path dir, String workspace, Consumer<String> lines, TaskContext context) {
        process.run(dir, name() + " workspace new", List.of("workspace", "new", "-no-color", workspace),
                lines, context);
    }

    static Workspaces parseWorkspaces(List<String> output) {
        String current = "default";
        List<String> all = new ArrayList<>();
        for (String line : output) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || !line.startsWith(" ") && !line.startsWith("*")) {
                continue; // warnings and blank lines around the list
            }
            if (trimmed.startsWith("*")) {
                trimmed = trimmed.substring(1).strip();
                current = trimmed;
            }
            all.add(trimmed);
        }
        return new Workspaces(current, all);
    }

    private String name() {
        return tool.flavor() == io.dataops.workbench.terraform.plan.ToolFlavor.OPENTOFU ? "tofu" : "terraform";
    }
}
