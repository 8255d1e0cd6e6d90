package io.dataops.workbench.app;

import io.dataops.workbench.cli.DataOpsCli;
import io.dataops.workbench.workspace.WorkspaceLocation;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@code dataops-workbench.jar} and of the packaged {@code dataops} launcher: the GUI with no
 * arguments or with {@code --workspace DIR} alone, the {@code dataops} CLI otherwise. It resolves the
 * workspace directory and points the log file into it before the first logger is made, so it must not
 * create a logger itself. Not a JavaFX {@code Application}: {@link GuiMain} starts the toolkit.
 */
public final class Launcher {

    static final String LOG_DIR_PROPERTY = "dataops.log.dir";
    static final String CONSOLE_LEVEL_PROPERTY = "dataops.log.console.level";
    private static final String WORKSPACE_OPTION = "--workspace";

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        boolean gui = isGuiInvocation(arguments);
        Path workspace;
        try {
            workspace = WorkspaceLocation.resolve(workspaceOption(arguments), System.getenv());
        } catch (InvalidPathException e) {
            System.err.println("Not a valid workspace directory: " + e.getInput());
            System.exit(2);
            return;
        }
        System.setProperty(LOG_DIR_PROPERTY, workspace.resolve("logs").toString());
        if (gui) {
            System.setProperty(CONSOLE_LEVEL_PROPERTY, System.getProperty(CONSOLE_LEVEL_PROPERTY, "INFO"));
            GuiMain.launch(workspace);
        } else {
            System.exit(DataOpsCli.run(args));
        }
    }

    /** No arguments, or only {@code --workspace DIR} / {@code --workspace=DIR}. */
    static boolean isGuiInvocation(List<String> arguments) {
        if (arguments.isEmpty()) {
            return true;
        }
        if (arguments.size() == 1) {
            return arguments.get(0).startsWith(WORKSPACE_OPTION + "=");
        }
        return arguments.size() == 2 && arguments.get(0).equals(WORKSPACE_OPTION);
    }

    /** The value of the global {@code --workspace} option wherever it stands (it is inherited by subcommands). */
    static Optional<Path> workspaceOption(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--")) {
                break;
            }
            if (argument.equals(WORKSPACE_OPTION) && i + 1 < arguments.size()) {
                return Optional.of(Path.of(arguments.get(i + 1)));
            }
            if (argument.startsWith(WORKSPACE_OPTION + "=")) {
                return Optional.of(Path.of(argument.substring(WORKSPACE_OPTION.length() + 1)));
            }
        }
        return Optional.empty();
    }
}
