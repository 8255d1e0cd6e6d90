package io.dataops.workbench.cli;

import io.dataops.workbench.workspace.Workspace;
import io.dataops.workbench.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dataops workspace backup FILE}: a consistent copy, taken while the GUI may keep working. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a consistent backup of the workspace to a zip file, even while the workbench is open.")
final class WorkspaceBackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The zip file to write; it must not exist yet.")
    private Path zipFile;

    @Override
    public Integer call() {
        DataOpsCommand root = DataOpsCommand.of(spec);
        Path directory = root.workspaceDirectory();
        Path target = zipFile.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new WorkspaceException("There is no workspace at " + directory + " to back up.");
        }
        if (Files.exists(target)) {
            throw new WorkspaceException("The backup file " + target
                    + " already exists. Choose another name or delete it first.");
        }
        try (Workspace workspace = root.openWorkspace()) {
            workspace.backup(target);
        }
        spec.commandLine().getOut().println("Backed up workspace " + directory + " to " + target
                + ": " + ByteSize.readable(sizeOf(target)) + ".");
        return ExitCode.OK;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
