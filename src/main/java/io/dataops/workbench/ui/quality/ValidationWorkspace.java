package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.ui.quality.builder.Debouncer;
import io.dataops.workbench.ui.quality.builder.FxDebouncer;
import io.dataops.workbench.ui.quality.docs.SystemBrowser;
import io.dataops.workbench.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the builder, checkpoints and data docs need beyond the profiler: the workspace's connections (suite
 * versions, results, history), the data-docs folder, how live results are debounced and how a page is opened
 * in the browser.
 */
public record ValidationWorkspace(ConnectionOpener connections, Path docsFolder, Debouncer debouncer,
                                  Consumer<URI> browser) {

    /** Live results run 300 ms after the last edit: typing a bound runs once, not once per key. */
    public static final javafx.util.Duration LIVE_DELAY = javafx.util.Duration.millis(300);

    /** The application's: docs under the workspace folder, FX-timed debouncing (call on the FX thread). */
    public static ValidationWorkspace of(Workspace workspace) {
        return new ValidationWorkspace(workspace::connect, workspace.directory().resolve("data-docs"),
                new FxDebouncer(LIVE_DELAY), SystemBrowser::open);
    }
}
