package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.batch.Batch;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.quality.source.TableInfo;
import io.dataops.workbench.quality.sql.TimeGrain;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2, SQLite and DuckDB databases over JDBC: the same statistics as Java computes, batches, browsing, samples. */
class JdbcProfileTest {

    static final Dataset DATA = Dataset.generate(500);

    @TempDir
    Path dir;

    @Test
    void h2StatisticsMatchTheData() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("h2db") + ";DB_CLOSE_DELAY=0";
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("CREATE SCHEMA shop");
            DATA.writeTable(connection, "shop.orders", "DOUBLE PRECISION");
            ProfileExpectations.check(Profiling.profile(dir, JdbcSource.of(url), AssetRef.table("shop.orders")), DATA);
        }
    }

    @Test
    void sqliteStatisticsMatchTheData() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("data.sqlite");
        try (Connection connection = DriverManager.getConnection(url)) {
            DATA.writeTable(connection, "orders", "REAL");
        }
        ProfileExpectations.check(Profiling.profile(dir, JdbcSource.of(url), AssetRef.table("orders")), DATA);
    }

    @Test
    void duckDbDatabaseStatisticsMatchTheData() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("data.duckdb");
        try (Connection connection = DriverManager.getConnection(url)) {
            DATA.writeTable(connection, "orders", "DOUBLE");
        }
        ProfileExpectations.check(Profiling.profile(dir, JdbcSource.of(url), AssetRef.table("ORDERS")), DATA);
    }

    @Test
    void browsesSchemasAndTablesAndListsMonthlyBatches() throws Exception {
        String url = "jdbc:h2:mem:browse;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("CREATE SCHEMA shop");
            DATA.writeTable(connection, "shop.orders", "DOUBLE PRECISION");
            connection.createStatement().execute("CREATE VIEW shop.recent AS SELECT * FROM shop.orders");
            DataProfiler profiler = Profiling.profiler(dir, Map.of());
            JdbcSource source = JdbcSource.of(url);
            assertThat(profiler.schemas(source)).contains("SHOP");
            assertThat(profiler.tables(source, Optional.of("SHOP"))).extracting(TableInfo::displayName)
                    .contains("SHOP.ORDERS", "SHOP.RECENT");

            List<Batch> months = profiler.batches(source, AssetRef.table("shop.orders"), "created", TimeGrain.MONTH,
                    TaskContext.none());
            long march = DATA.rows().stream().filter(r -> ((LocalDate) r[3]).getMonthValue() == 3
                    && ((LocalDate) r[3]).getYear() == 2024).count();
            assertThat(months).contains(new Batch("2024-03", march));
            assertThat(months.stream().mapToLong(Batch::rowCount).sum()).isEqualTo(DATA.rows().size());

            TableProfile batch = profiler.profile(source, AssetRef.table("shop.orders"),
                    Optional.of(BatchSpec.parse("created:month:2024-03")), ProfileOptions.exact(), TaskContext.none());
            assertThat(batch.rowCount()).isEqualTo(march);
            TableProfile latest = profiler.profile(source, AssetRef.table("shop.orders"),
                    Optional.of(BatchSpec.parse("CREATED:year:latest")), ProfileOptions.exact(), TaskContext.none());
            assertThat(latest.rowCount()).isEqualTo(months.stream().filter(b -> b.key().startsWith("2025"))
                    .mapToLong(Batch::rowCount).sum());
            assertThatThrownBy(() -> profiler.profile(source, AssetRef.table("shop.orders"),
                    Optional.of(BatchSpec.parse("created:month")), ProfileOptions.exact(), TaskContext.none()))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("2024-03");
        }
    }

    @Test
    void profilesAChosenSampleOfALargeTable() throws Exception {
        String url = "jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url)) {
            DATA.writeTable(connection, "orders", "DOUBLE PRECISION");
            TableProfile profile = Profiling.profiler(dir, Map.of()).profile(JdbcSource.of(url),
                    AssetRef.table("orders"), Optional.empty(), ProfileOptions.exact().withSampleRows(100),
                    TaskContext.none());
            assertThat(profile.rowCount()).isEqualTo(100);
            assertThat(profile.sampleRows()).hasValue(100);
        }
    }

    @Test
    void anUnknownTableIsAClearError() {
        String url = "jdbc:h2:mem:none;DB_CLOSE_DELAY=-1";
        assertThatThrownBy(() -> Profiling.profile(dir, JdbcSource.of(url), AssetRef.table("nope")))
                .isInstanceOf(UserFacingException.class).hasMessage("No table or view named 'nope' in this source.");
    }
}
