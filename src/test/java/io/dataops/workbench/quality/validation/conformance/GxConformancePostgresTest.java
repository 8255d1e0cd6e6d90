package io.dataops.workbench.quality.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.validation.PostgresAccess;
import io.dataops.workbench.testsupport.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GX's PostgreSQL cases (its filters and column types) on a real PostgreSQL: a report per expectation. */
class GxConformancePostgresTest {

    @TempDir
    Path dir;

    @Test
    void postgres() throws Exception {
        String url = PostgresAccess.url() + "?user=postgres";
        Path definitions = Requirements.sharedDir().resolve("conformance/gx-test-definitions");
        List<GxCase> cases = GxCases.load(definitions, "postgresql", "postgresql");
        GxConformance conformance = new GxConformance(url, GxTableLoader.Engine.POSTGRES, dir);
        conformance.load(cases);
        List<GxConformance.Outcome> outcomes = cases.stream().map(conformance::run).toList();
        String report = GxConformance.report("PostgreSQL", outcomes);
        System.out.println(report);
        Path out = Path.of(System.getProperty("conformance.report.dir", System.getProperty("java.io.tmpdir")));
        Files.writeString(out.resolve("gx-conformance-postgresql.txt"), report);
        assertThat(outcomes).isNotEmpty();
    }
}
