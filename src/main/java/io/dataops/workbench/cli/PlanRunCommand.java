package io.dataops.workbench.cli;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.terraform.history.RecordedPlanRun;
import io.dataops.workbench.terraform.run.RunInputs;
import io.dataops.workbench.terraform.run.TerraformCommands;
import io.dataops.workbench.terraform.run.TerraformTool;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.WorkbenchSettings;
import io.dataops.workbench.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dataops plan run DIR [--var-file F] [--var K=V] [--target A] [--workspace NAME]}: init and plan with the
 * terraform binary of the workspace's settings, store the plan, print the summary. Terraform's output goes to
 * stderr. Exit 0 when nothing would change, 1 when something would, 2 on an error.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run terraform init and plan in DIR, store the plan in the workspace and print its summary"
                + " (exit 0: no changes, 1: changes, 2: error).")
final class PlanRunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The Terraform project folder.")
    private Path dir;

    @Option(names = "--var-file", paramLabel = "F", description = "A variables file (repeatable).")
    private List<Path> varFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "K=V", description = "A variable value (repeatable).")
    private List<String> vars = new ArrayList<>();

    @Option(names = "--target", paramLabel = "A", description = "Plan only this resource address (repeatable).")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--tf-workspace", paramLabel = "NAME",
            description = "The Terraform workspace to select (created when missing).")
    private String terraformWorkspace;

    @Override
    public Integer call() {
        Path folder = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new UserFacingException("The project folder " + folder + " does not exist or is not a folder.");
        }
        RunInputs inputs = new RunInputs(varFiles.stream().map(f -> f.toAbsolutePath().normalize()).toList(),
                parseVars(), targets, terraformWorkspace);
        PrintWriter err = spec.commandLine().getErr();
        CancellableContext context = CancellableContext.create();
        Thread stopOnInterrupt = new Thread(context::cancel, "dataops-plan-cancel");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try (Workspace workspace = DataOpsCommand.of(spec).openWorkspace()) {
            WorkbenchSettings settings = workspace.workbenchSettings();
            TerraformTool tool = new TerraformTool(settings.terraformBinary(), settings.awsProfile(),
                    settings.awsRegion());
            RecordedPlanRun run = new RecordedPlanRun(new TerraformCommands(tool), new PlanHistory(workspace::connect));
            RecordedPlanRun.Outcome outcome = run.run(projectName(workspace, folder), folder, inputs, line -> {
                err.println(line);
                err.flush();
            }, context);
            PrintWriter out = spec.commandLine().getOut();
            out.println(outcome.result().summary());
            out.flush();
            return outcome.record().hasChanges() ? ExitCode.PROBLEMS : ExitCode.OK;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            } catch (IllegalStateException e) {
                // Shutting down: the hook is cancelling the run.
            }
        }
    }

    private Map<String, String> parseVars() {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String assignment : vars) {
            try {
                Map.Entry<String, String> entry = RunInputs.parseVar(assignment);
                parsed.put(entry.getKey(), entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
        }
        return parsed;
    }

    private static String projectName(Workspace workspace, Path folder) {
        return workspace.projects().list().stream()
                .filter(project -> Path.of(project.location()).toAbsolutePath().normalize().equals(folder))
                .map(Project::name).findFirst()
                .orElse(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
    }
}
