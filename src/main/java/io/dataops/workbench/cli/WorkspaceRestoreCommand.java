package io.dataops.workbench.cli;

import io.dataops.workbench.workspace.Workspace;
import io.dataops.workbench.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dataops workspace restore FILE}: replaces the workspace by a backup; refuses one in use. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Replace the workspace by a backup zip. Refused while the workspace is in use:"
                + " close the workbench first.")
final class WorkspaceRestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A zip file written by 'dataops workspace backup'.")
    private Path zipFile;

    @Override
    public Integer call() {
        Path directory = DataOpsCommand.of(spec).workspaceDirectory();
        Path source = zipFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new WorkspaceException("The backup file " + source + " does not exist.");
        }
        Workspace.restore(directory, source);
        spec.commandLine().getOut().println("Restored workspace " + directory + " from " + source + ".");
        return ExitCode.OK;
    }
}
