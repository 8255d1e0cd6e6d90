package io.dataops.workbench.cli;

import io.dataops.workbench.workspace.Workspace;
import io.dataops.workbench.workspace.WorkspaceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The top-level {@code dataops} command: global options, and THE place where subcommands are registered.
 * Each subcommand is its own class in this package; later areas (hcl, plan, profile, validate, metrics,
 * alarm) are added to {@code subcommands} below.
 */
@Command(name = "dataops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "DataOps Workbench on the command line: Terraform, data quality and CloudWatch monitoring.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                WorkspaceCommand.class,
                ProfileCommand.class,
                ValidateCommand.class,
                SuiteCommand.class,
                DocsCommand.class,
                PlanCommand.class,
                HclCommand.class,
                picocli.CommandLine.HelpCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  success",
                "  1  the command ran and found problems",
                "  2  usage or input error (message on stderr)",
                "  3  unexpected internal error (details in <workspace>/logs/workbench.log)",
                "",
                "Workspace directory: --workspace DIR, else the " + WorkspaceLocation.ENV_VARIABLE,
                "environment variable, else ~/.dataops-workbench.",
        })
final class DataOpsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DataOpsCommand.class);

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Workspace directory (default: $" + WorkspaceLocation.ENV_VARIABLE
                    + ", else ~/.dataops-workbench).")
    private Path workspaceOption;

    DataOpsCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Without a subcommand the CLI has nothing to do: say how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing a command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    Path workspaceDirectory() {
        return WorkspaceLocation.resolve(Optional.ofNullable(workspaceOption), environment);
    }

    /** Opens (creating if needed) the workspace the global options point at. */
    Workspace openWorkspace() {
        Workspace workspace = Workspace.open(workspaceDirectory());
        LOG.info("dataops {} opened workspace {}", VersionProvider.version(), workspace.directory());
        return workspace;
    }

    static DataOpsCommand of(CommandSpec spec) {
        return (DataOpsCommand) spec.root().userObject();
    }
}
