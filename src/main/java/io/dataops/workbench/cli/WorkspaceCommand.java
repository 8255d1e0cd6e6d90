package io.dataops.workbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dataops workspace info|backup|restore}. */
@Command(name = "workspace",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show, back up or restore the workspace.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                WorkspaceInfoCommand.class,
                WorkspaceBackupCommand.class,
                WorkspaceRestoreCommand.class,
        })
final class WorkspaceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing a workspace command: info, backup or restore.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
