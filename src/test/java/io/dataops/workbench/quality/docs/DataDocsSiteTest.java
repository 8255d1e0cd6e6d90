package io.dataops.workbench.quality.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.history.StoredRuns;
import io.dataops.workbench.quality.history.ValidationHistory;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data docs over 5,000 stored runs: a full build, then one new run renders only its own pages (checked on the
 * report and on file modification times), the index stays a few kilobytes, values are escaped and masked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataDocsSiteTest {

    private static final Logger LOG = LoggerFactory.getLogger(DataDocsSiteTest.class);
    private static final int RUNS = 5000;
    private static final FileTime OLD = FileTime.fromMillis(86_400_000L);

    @TempDir
    static Path dir;

    Workspace workspace;
    ValidationStore store;
    final AtomicBoolean mask = new AtomicBoolean();
    DataDocsSite site;
    Path out;

    @BeforeAll
    void storeRuns() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        store = new ValidationStore(workspace::connect);
        long start = System.nanoTime();
        StoredRuns.insert(workspace::connect, 1, RUNS + 1);
        LOG.info("Stored {} runs in {} ms", RUNS, (System.nanoTime() - start) / 1_000_000);
        store.saveSuite(ExpectationSuite.of("payments", List.of(ExpectationConfig.of("expect_column_values_to_be_in_set",
                Map.of("column", "status", "value_set", List.of("a", "<b>"))))));
        site = new DataDocsSite(new ValidationHistory(workspace::connect, mask::get), store::findSuite);
        out = dir.resolve("docs");
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    @Test
    @Order(1)
    void fullBuildRendersEveryRunAndAPaginatedIndex() throws IOException {
        DocsBuildReport report = site.build(out, TaskContext.none());
        LOG.info("Full build of {} runs: {} pages in {} ms", RUNS, report.written().size(), report.elapsed().toMillis());
        assertThat(report.fullBuild()).isTrue();
        assertThat(report.newRuns()).isEqualTo(RUNS);
        assertThat(report.indexPages()).isEqualTo(RUNS / DataDocsSite.PAGE_SIZE);
        try (Stream<Path> results = Files.list(out.resolve("results"))) {
            assertThat(results.count()).isEqualTo(RUNS);
        }
        try (Stream<Path> blocks = Files.list(out.resolve("runs"))) {
            assertThat(blocks.filter(p -> p.getFileName().toString().startsWith("block-")).count()).isEqualTo(100);
        }
        String index = Files.readString(report.indexPage());
        assertThat(Files.size(report.indexPage())).isLessThan(16 * 1024);
        assertThat(index.split("<tr class=", -1)).hasSize(DataDocsSite.PAGE_SIZE + 1);
        assertThat(index).contains("results/5000.html").doesNotContain("results/4950.html");
        assertThat(Files.readString(out.resolve("runs/block-00001.html"))).contains("results/1.html")
                .contains("results/50.html").doesNotContain("results/51.html");
        assertThat(Files.list(out.resolve("history")).count()).isEqualTo(4);
    }

    @Test
    @Order(2)
    void oneNewRunRendersOnlyItsPages() throws IOException {
        touchAllOld();
        long id = store.saveResult("warehouse", StoredRuns.run(RUNS + 1));
        DocsBuildReport report = site.build(out, TaskContext.none());
        LOG.info("Rebuild after one run: {} pages in {} ms", report.written().size(), report.elapsed().toMillis());
        assertThat(report.fullBuild()).isFalse();
        assertThat(report.newRuns()).isEqualTo(1);
        String history = historyPageOf(id);
        // 5,001 runs open block 101, so block 100 gains its "Newer" link and the list of pages grows
        assertThat(names(report.written())).containsExactlyInAnyOrder("results/" + id + ".html", "index.html",
                "runs/block-00100.html", "runs/block-00101.html", "runs/pages.html", history);
        assertThat(changedFiles()).isEqualTo(new TreeSet<>(names(report.written())));

        touchAllOld();
        long next = store.saveResult("warehouse", StoredRuns.run(RUNS + 2));
        DocsBuildReport again = site.build(out, TaskContext.none());
        assertThat(names(again.written())).containsExactlyInAnyOrder("results/" + next + ".html", "index.html",
                "runs/block-00101.html", historyPageOf(next));
        assertThat(changedFiles()).hasSize(4);

        long start = System.nanoTime();
        String index = Files.readString(again.indexPage());
        LOG.info("Index page: {} bytes, read in {} µs", index.length(), (System.nanoTime() - start) / 1000);
        assertThat(index).contains("results/" + next + ".html").contains("5002 runs");
    }

    @Test
    @Order(3)
    void nothingNewWritesNothingButAChangedSuiteIsRendered() throws IOException {
        touchAllOld();
        assertThat(site.build(out, TaskContext.none()).written()).isEmpty();
        store.saveSuite(ExpectationSuite.of("payments", List.of()));
        DocsBuildReport report = site.build(out, TaskContext.none());
        assertThat(names(report.written())).containsExactlyInAnyOrder(
                "suites/" + Slugs.of("payments") + ".html", "suites.html");
    }

    @Test
    @Order(4)
    void valuesAreEscapedAndMaskedWhenTheSettingIsOn() throws IOException {
        String failing = Files.readString(out.resolve("results/7.html"));
        assertThat(failing).contains("secret-7").contains("x&lt;y&gt;").doesNotContain("x<y>");
        assertThat(failing).contains("class=bad");
        String suite = Files.readString(out.resolve("suites/" + Slugs.of("orders") + ".html"));
        assertThat(suite).contains("no longer in the workspace");

        mask.set(true);
        DocsBuildReport masked = site.build(out, TaskContext.none());
        assertThat(masked.fullBuild()).isTrue();
        assertThat(Files.readString(out.resolve("results/7.html"))).doesNotContain("secret-7").contains("***");
        mask.set(false);
    }

    @Test
    @Order(5)
    void historyPageHasAnInlineTrend() throws IOException {
        String page = Files.readString(out.resolve(historyPageOf(3)));
        assertThat(page).contains("<svg").contains("<polyline").contains("<circle").doesNotContain("<script");
    }

    private String historyPageOf(long id) {
        return "history/" + Slugs.of(StoredRuns.run((int) id).suiteName() + "\u0000warehouse\u0000"
                + io.dataops.workbench.quality.history.HistoryKey.assetOf(StoredRuns.run((int) id).batchLabel())) + ".html";
    }

    private static List<String> names(List<Path> written) {
        return written.stream().map(p -> p.toString().replace('\\', '/')).collect(Collectors.toList());
    }

    private void touchAllOld() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, OLD);
            }
        }
    }

    /** Pages modified since {@link #touchAllOld} (the manifest always is). */
    private Set<String> changedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(DocsManifest.FILE))
                    .filter(f -> {
                        try {
                            return !Files.getLastModifiedTime(f).equals(OLD);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
