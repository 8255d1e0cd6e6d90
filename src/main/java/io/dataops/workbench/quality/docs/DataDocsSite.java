package io.dataops.workbench.quality.docs;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.history.HistoryKey;
import io.dataops.workbench.quality.history.RunDetail;
import io.dataops.workbench.quality.history.RunSummary;
import io.dataops.workbench.quality.history.TrendPoint;
import io.dataops.workbench.quality.history.ValidationHistory;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The data docs: a static HTML site in a folder. index.html lists the newest runs; runs/block-NNNNN.html hold
 * the archive in fixed blocks of {@link #PAGE_SIZE} (oldest block first, so only the newest block changes);
 * results/ID.html show each expectation of a run; suites/ and history/ a page per suite and per suite on an
 * asset (an inline SVG trend). A build renders only runs newer than the manifest's last id, plus the pages those
 * runs change: the newest block, the index, their series' history, a suite whose JSON changed.
 */
public final class DataDocsSite {

    public static final String INDEX = "index.html";
    public static final int PAGE_SIZE = 50;
    /** How many runs a history page charts and lists. */
    public static final int HISTORY_RUNS = 200;
    private static final int CHUNK = 250;

    private final ValidationHistory history;
    private final Function<String, Optional<ExpectationSuite>> suites;

    /** @param suites a suite by name, e.g. {@code ValidationStore::findSuite} */
    public DataDocsSite(ValidationHistory history, Function<String, Optional<ExpectationSuite>> suites) {
        this.history = history;
        this.suites = suites;
    }

    /** Brings the site in {@code folder} up to date, incrementally when its manifest allows. */
    public DocsBuildReport build(Path folder, TaskContext context) {
        return build(folder, false, context);
    }

    /** Renders every page again (after a format change, or when asked). */
    public DocsBuildReport rebuildAll(Path folder, TaskContext context) {
        return build(folder, true, context);
    }

    private DocsBuildReport build(Path folder, boolean force, TaskContext context) {
        long start = System.nanoTime();
        boolean masked = history.masking();
        Optional<DocsManifest> previous = force ? Optional.empty() : DocsManifest.read(folder)
                .filter(m -> m.pageSize == PAGE_SIZE && m.masked == masked);
        boolean full = previous.isEmpty();
        DocsManifest manifest = previous.orElseGet(() -> DocsManifest.empty(PAGE_SIZE, masked));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder.resolve("results"));
            Files.createDirectories(folder.resolve("runs"));
            Files.createDirectories(folder.resolve("suites"));
            Files.createDirectories(folder.resolve("history"));
            if (full || !Files.exists(folder.resolve("style.css"))) {
                write(folder, "style.css", Html.STYLE, written);
            }
            long oldCount = manifest.runCount;
            Set<String> touchedSuites = new TreeSet<>();
            Set<HistoryKey> touchedSeries = new LinkedHashSet<>();
            int newRuns = renderResults(folder, manifest, touchedSuites, touchedSeries, written, context);
            boolean newSeries = false;
            for (HistoryKey key : touchedSeries) {
                context.checkCancelled();
                newSeries |= !manifest.series.containsKey(Slugs.of(key));
                List<TrendPoint> trend = history.trend(key, HISTORY_RUNS);
                write(folder, "history/" + Slugs.of(key) + ".html",
                        DetailPages.history(key, trend, (int) history.count(key)), written);
                manifest.series.put(Slugs.of(key), trend.isEmpty() ? 0 : trend.get(trend.size() - 1).resultId());
            }
            boolean suitesChanged = renderSuites(folder, manifest, touchedSuites, written);
            int blocks = blocks(manifest.runCount);
            if (newRuns > 0 || full) {
                renderBlocks(folder, oldCount, manifest.runCount, written);
                write(folder, INDEX, RunPages.index(history.page(0, PAGE_SIZE), manifest.runCount, blocks), written);
                if (blocks(oldCount) != blocks || full) {
                    write(folder, "runs/pages.html", RunPages.pages(blocks), written);
                }
            }
            if (suitesChanged || full) {
                write(folder, "suites.html", DetailPages.suites(new ArrayList<>(manifest.suites.keySet())), written);
            }
            if (newSeries || full) {
                write(folder, "history.html", DetailPages.histories(history.series()), written);
            }
            manifest.write(folder);
            return new DocsBuildReport(folder, full, newRuns, (int) manifest.runCount, blocks, written,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UserFacingException("Could not write the data docs to " + folder + ": " + e.getMessage()
                    + ". Check that the folder is writable.", e);
        }
    }

    private int renderResults(Path folder, DocsManifest manifest, Set<String> touchedSuites,
                              Set<HistoryKey> touchedSeries, List<Path> written, TaskContext context) throws IOException {
        int rendered = 0;
        long total = history.count();
        while (true) {
            context.checkCancelled();
            List<RunDetail> chunk = history.detailsAfter(manifest.lastId, CHUNK);
            if (chunk.isEmpty()) {
                return rendered;
            }
            for (RunDetail detail : chunk) {
                RunSummary run = detail.run();
                write(folder, "results/" + run.id() + ".html", DetailPages.result(detail), written);
                touchedSuites.add(run.suiteName());
                touchedSeries.add(run.key());
                manifest.lastId = run.id();
                manifest.runCount++;
                rendered++;
            }
            context.progress(manifest.runCount, total);
            context.message("Rendered " + manifest.runCount + " of " + total + " runs");
        }
    }

    /** Renders the suite pages whose JSON changed (or that are new); true when any was written. */
    private boolean renderSuites(Path folder, DocsManifest manifest, Set<String> touched, List<Path> written)
            throws IOException {
        Set<String> names = new TreeSet<>(manifest.suites.keySet());
        names.addAll(touched);
        boolean changed = false;
        for (String name : names) {
            Optional<ExpectationSuite> suite = suites.apply(name);
            String hash = suite.map(s -> Slugs.hash(SuiteJson.write(s, SuiteJson.Version.V1))).orElse("missing");
            if (!hash.equals(manifest.suites.get(name))) {
                write(folder, "suites/" + Slugs.of(name) + ".html", DetailPages.suite(name, suite), written);
                manifest.suites.put(name, hash);
                changed = true;
            }
        }
        return changed;
    }

    /** Renders the blocks from the one holding run {@code oldCount} (and the one before, for its Newer link). */
    private void renderBlocks(Path folder, long oldCount, long newCount, List<Path> written) throws IOException {
        int blocks = blocks(newCount);
        int first = Math.max(1, (int) (oldCount / PAGE_SIZE) + (oldCount % PAGE_SIZE == 0 && oldCount > 0 ? 0 : 1));
        if (blocks(oldCount) < blocks && oldCount > 0) {
            first = Math.min(first, blocks(oldCount));
        }
        if (first > blocks) {
            return;
        }
        List<RunSummary> runs = history.oldestFirst((long) (first - 1) * PAGE_SIZE, (blocks - first + 1) * PAGE_SIZE);
        for (int block = first; block <= blocks; block++) {
            int from = (block - first) * PAGE_SIZE;
            List<RunSummary> slice = runs.subList(Math.min(from, runs.size()), Math.min(from + PAGE_SIZE, runs.size()));
            write(folder, "runs/" + RunPages.name(block), RunPages.block(block, blocks, slice), written);
        }
    }

    static int blocks(long runs) {
        return (int) ((runs + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static void write(Path folder, String relative, String html, List<Path> written) throws IOException {
        Files.writeString(folder.resolve(relative), html, StandardCharsets.UTF_8);
        written.add(Path.of(relative));
    }
}
