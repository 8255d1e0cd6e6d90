package io.dataops.workbench.app;

import io.dataops.workbench.ui.common.ErrorDialog;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: waits (in {@link #init()}, off the FX thread) for the workspace that
 * {@link GuiMain} started opening before the toolkit, then shows the main window, or a plain error
 * dialog when the workspace cannot be opened.
 */
public final class WorkbenchApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);
    private static volatile String openFailureMessage;
    private static volatile WorkspaceOpening opening;

    private Path directory;
    private Workspace workspace;
    private RuntimeException openFailure;
    private WorkbenchWindow window;

    /** Why the last run could not open its workspace, in plain words; null when it could. */
    static String openFailureMessage() {
        return openFailureMessage;
    }

    /** Starts opening the workspace the next launch will show. */
    static void openInBackground(Path directory) {
        opening = WorkspaceOpening.start(directory);
    }

    @Override
    public void init() {
        directory = Path.of(getParameters().getRaw().get(0));
        WorkspaceOpening started = opening;
        try {
            workspace = started != null && started.directory().equals(directory)
                    ? started.await()
                    : Workspace.open(directory);
            LOG.info("Workspace {} opened, {} ms after start", directory, uptimeMillis());
        } catch (RuntimeException e) {
            LOG.error("Cannot open the workspace {}: {}", directory, e.getMessage(), e); // trace only in the file
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            openFailureMessage = ErrorMessages.plainMessage(openFailure);
            ErrorDialog.create(null, "The workspace " + directory + " could not be opened.", openFailure)
                    .showAndWait();
            Platform.exit();
            return;
        }
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected error on the FX thread", error);
            ErrorDialog.create(stage.isShowing() ? stage : null, "Unexpected error", error).show();
        });
        window = WorkbenchWindow.show(stage, workspace);
        LOG.info("Main window shown, {} ms after start", uptimeMillis());
    }

    private static long uptimeMillis() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
