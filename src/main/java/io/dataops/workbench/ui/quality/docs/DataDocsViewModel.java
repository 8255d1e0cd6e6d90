package io.dataops.workbench.ui.quality.docs;

import io.dataops.workbench.quality.docs.DocsBuildReport;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.TaskRunner;
import java.net.URI;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The data docs: builds the static site into the workspace's folder (only new runs are rendered), then shows
 * its index inside the app; "Open in browser" hands the same page to the system browser.
 */
public final class DataDocsViewModel {

    private final DocsBuild build;
    private final TaskRunner runner;
    private final Consumer<URI> browser;
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Build the data docs to see suites,"
            + " results and histories as a static site.");
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper();

    public DataDocsViewModel(DocsBuild build, TaskRunner runner, Consumer<URI> browser) {
        this.build = build;
        this.runner = runner;
        this.browser = browser;
    }

    public void build() {
        building.set(true);
        status.set("Building the data docs\u2026");
        runner.submit(BackgroundTask.of("Build data docs", build::build)
                .onSucceeded(this::built)
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error)))
                .onCancelled(() -> status.set("Building the data docs was cancelled."))
                .onDone(() -> building.set(false)));
    }

    private void built(DocsBuildReport report) {
        String url = report.indexPage().toUri().toString();
        // The same URL again would not reload the WebView: a changing fragment makes the new build show.
        page.set(url + "#built-" + System.nanoTime());
        status.set((report.fullBuild() ? "Built" : "Updated") + " the data docs in " + report.folder() + ": "
                + report.newRuns() + " new runs, " + report.totalRuns() + " runs on " + report.indexPages()
                + " index pages, " + report.written().size() + " pages written in " + report.elapsed().toMillis() + " ms.");
    }

    public void openInBrowser() {
        if (page.get().isEmpty()) {
            status.set("Build the data docs first.");
            return;
        }
        URI uri = URI.create(page.get().replaceFirst("#.*$", ""));
        runner.submit(BackgroundTask.of("Open data docs in the browser", context -> {
                    browser.accept(uri);
                    return uri;
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }
}
