package io.dataops.workbench.quality.validation.conformance;

import io.dataops.workbench.testsupport.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every GX case for SQLite must pass: one dynamic test per case, named by expectation and title. */
class GxConformanceSqliteTest {

    @TempDir
    static Path dir;

    static GxConformance conformance;
    static List<GxCase> cases;
    static final List<GxConformance.Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void loadCases() throws Exception {
        Path definitions = Requirements.sharedDir().resolve("conformance/gx-test-definitions");
        cases = GxCases.load(definitions, "sqlite", "sqlite");
        conformance = new GxConformance("jdbc:sqlite:" + dir.resolve("gx.db"), GxTableLoader.Engine.SQLITE, dir);
        conformance.load(cases);
    }

    @TestFactory
    Stream<DynamicTest> everyCasePasses() {
        return cases.stream().map(gxCase -> DynamicTest.dynamicTest(gxCase.id(), () -> {
            GxConformance.Outcome outcome = conformance.run(gxCase);
            synchronized (OUTCOMES) {
                OUTCOMES.add(outcome);
            }
            // GX never ran these expectations on SQL (its not-implemented list), so their cases were never
            // checked against a SQL engine; a miss there is reported and skipped, not failed.
            Assumptions.assumeTrue(outcome.failure().isEmpty()
                    || !GxCases.NOT_RUN_BY_GX_ON_SQL.contains(gxCase.expectationType()),
                    () -> "not a case GX ran on SQL: " + outcome.failure().orElse(""));
            outcome.failure().ifPresent(failure -> {
                throw new AssertionError(gxCase.file() + ": " + failure);
            });
        }));
    }

    @AfterAll
    static void writeReport() throws Exception {
        String report = GxConformance.report("SQLite", OUTCOMES);
        System.out.println(report);
        Path out = Path.of(System.getProperty("conformance.report.dir", System.getProperty("java.io.tmpdir")));
        Files.writeString(out.resolve("gx-conformance-sqlite.txt"), report);
    }
}
