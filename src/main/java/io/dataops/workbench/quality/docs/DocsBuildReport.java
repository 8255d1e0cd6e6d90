package io.dataops.workbench.quality.docs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a data-docs build did: the pages it wrote (relative to the site folder), how many runs were new, how many
 * runs and index pages the site now has, and whether it was a full build (no or an outdated manifest).
 */
public record DocsBuildReport(Path folder, boolean fullBuild, int newRuns, int totalRuns, int indexPages,
                              List<Path> written, Duration elapsed) {

    public DocsBuildReport {
        written = List.copyOf(written);
    }

    public Path indexPage() {
        return folder.resolve(DataDocsSite.INDEX);
    }
}
