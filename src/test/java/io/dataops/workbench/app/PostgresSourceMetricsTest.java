package io.dataops.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.testsupport.Requirements;
import io.dataops.workbench.workspace.Workspace;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's PostgreSQL data sources, and only those, give RDS-like metrics named after the source. */
class PostgresSourceMetricsTest {

    @TempDir
    Path dir;

    @Test
    void collectsEveryPostgresSourceAndSkipsOthersAndUnreachableOnes() throws Exception {
        EmbeddedPostgres server = startOrSkip();
        try (server; Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            QualityWorkspace quality = new QualityWorkspace(workspace, new SecretKeyFile(dir.resolve("keys")),
                    Map.of("PGPW", "postgres"));
            quality.sources().save(new JdbcSource("orders-db", server.getJdbcUrl("postgres", "postgres"), "postgres",
                    SecretRef.env("PGPW")));
            quality.sources().save(new JdbcSource("gone-db", "jdbc:postgresql://127.0.0.1:1/nothing", "postgres",
                    SecretRef.env("PGPW")));
            quality.sources().save(new JdbcSource("local-h2", "jdbc:h2:mem:x", "sa", SecretRef.none()));

            List<MetricSample> samples = new PostgresSourceMetrics(quality, Clock.systemUTC()).get();

            assertThat(samples).isNotEmpty();
            assertThat(samples).allSatisfy(sample ->
                    assertThat(sample.metric().dimensions()).containsEntry("DBInstanceIdentifier", "orders-db"));
            assertThat(samples).extracting(sample -> sample.metric().name())
                    .contains("DatabaseConnections", "DatabaseSize");
        }
    }

    private static EmbeddedPostgres startOrSkip() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (Exception e) {
            Requirements.require(false, "embedded PostgreSQL did not start (as root it needs `unshare -U`): " + e);
            throw new IllegalStateException(e);
        }
    }
}
