package io.dataops.workbench.quality.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.testsupport.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same cases on DuckDB and H2, which GX never ran: filtered as for PostgreSQL (the strictly typed SQL
 * backend they resemble) with its column types. A report of pass rates per expectation, not a gate: the
 * differences are engine behaviour (explained in the report of the issue), but no case may crash the engine.
 */
class GxConformanceOtherEnginesTest {

    @TempDir
    Path dir;

    @Test
    void duckDb() throws Exception {
        run("DuckDB", "jdbc:duckdb:" + dir.resolve("gx.duckdb"), GxTableLoader.Engine.DUCKDB);
    }

    @Test
    void h2() throws Exception {
        run("H2", "jdbc:h2:" + dir.resolve("gx") + ";MODE=Regular", GxTableLoader.Engine.H2);
    }

    private void run(String name, String url, GxTableLoader.Engine engine) throws Exception {
        Path definitions = Requirements.sharedDir().resolve("conformance/gx-test-definitions");
        List<GxCase> cases = GxCases.load(definitions, "postgresql", "postgresql");
        GxConformance conformance = new GxConformance(url, engine, dir);
        conformance.load(cases);
        List<GxConformance.Outcome> outcomes = cases.stream().map(conformance::run).toList();
        String report = GxConformance.report(name, outcomes);
        System.out.println(report);
        Path out = Path.of(System.getProperty("conformance.report.dir", System.getProperty("java.io.tmpdir")));
        Files.writeString(out.resolve("gx-conformance-" + name.toLowerCase() + ".txt"), report);
        assertThat(outcomes).isNotEmpty();
    }
}
