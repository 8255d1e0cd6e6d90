package io.dataops.workbench.app;

import java.nio.file.Path;

/** Starts the JavaFX application on the given workspace. CONTRACT: called by {@link Launcher}; blocks until the window closes. */
public final class GuiMain {
    private GuiMain() {
    }

    public static void launch(Path workspaceDirectory) {
        throw new UnsupportedOperationException("GUI: not yet built");
    }
}
