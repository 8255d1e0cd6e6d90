package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.JdbcSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real PostgreSQL: percentile_cont quantiles, to_char batches, a password from ${env:...}. */
class PostgresProfileTest {

    static final Dataset DATA = Dataset.generate(500);
    static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void createTable() throws Exception {
        var postgres = EmbeddedPostgresServer.get();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS shop CASCADE");
            connection.createStatement().execute("CREATE SCHEMA shop");
            DATA.writeTable(connection, "shop.orders", "DOUBLE PRECISION");
            connection.createStatement().execute("ALTER USER postgres PASSWORD 'pg-secret'");
        }
        url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Test
    void statisticsMatchTheData() {
        JdbcSource source = new JdbcSource("pg", url, "postgres", SecretRef.env("PG_PW"));
        TableProfile profile = Profiling.profiler(dir, Map.of("PG_PW", "pg-secret")).profile(source,
                AssetRef.table("SHOP.ORDERS"), Optional.empty(), ProfileOptions.exact(), TaskContext.none());
        ProfileExpectations.check(profile, DATA);
    }

    @Test
    void aYearlyBatchHoldsThatYearsRows() {
        JdbcSource source = new JdbcSource("pg", url, "postgres", SecretRef.env("PG_PW"));
        TableProfile profile = Profiling.profiler(dir, Map.of("PG_PW", "pg-secret")).profile(source,
                AssetRef.table("shop.orders"), Optional.of(BatchSpec.parse("created:year:2024")), ProfileOptions.exact(),
                TaskContext.none());
        assertThat(profile.rowCount()).isEqualTo(DATA.rows().stream()
                .filter(r -> ((LocalDate) r[3]).getYear() == 2024).count());
    }
}
