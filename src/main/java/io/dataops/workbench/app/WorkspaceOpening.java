package io.dataops.workbench.app;

import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Opens the workspace on its own thread while the JavaFX toolkit starts, so the two overlap. */
final class WorkspaceOpening {

    private final Path directory;
    private final CompletableFuture<Workspace> result = new CompletableFuture<>();

    private WorkspaceOpening(Path directory) {
        this.directory = directory;
    }

    static WorkspaceOpening start(Path directory) {
        WorkspaceOpening opening = new WorkspaceOpening(directory);
        Thread thread = new Thread(opening::open, "dataops-open-workspace");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    Path directory() {
        return directory;
    }

    /** The open workspace; rethrows what opening it threw. */
    Workspace await() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void open() {
        try {
            result.complete(Workspace.open(directory));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }
}
