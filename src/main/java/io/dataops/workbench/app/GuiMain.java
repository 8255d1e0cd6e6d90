package io.dataops.workbench.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application on the given workspace. CONTRACT: called by {@link Launcher}; blocks until the window closes. */
public final class GuiMain {
    private GuiMain() {
    }

    /**
     * Shows the workbench on {@code workspaceDirectory} and returns when its window is closed. When the
     * workspace cannot be opened, the user has seen why in a dialog; the process then ends with exit code 1
     * after one plain line on stderr (no stack trace).
     */
    public static void launch(Path workspaceDirectory) {
        Path directory = workspaceDirectory.toAbsolutePath().normalize();
        WorkbenchApplication.openInBackground(directory); // overlaps with the toolkit's start
        Application.launch(WorkbenchApplication.class, directory.toString());
        String failure = WorkbenchApplication.openFailureMessage();
        if (failure != null) {
            System.err.println(failure);
            System.exit(1);
        }
    }
}
