package io.dataops.workbench.quality.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Great Expectations course suite (payment_id unique, customer_id not null, amount min >= 0) on monthly
 * batches of the workspace's SAMPLES.PAYMENT copied into a real PostgreSQL. The expected outcome of each month
 * is computed here in Java from the copied rows; the failing months must name the planted rows.
 */
class PostgresPaymentsValidationTest {

    static final String SUITE = """
            {"name": "payments", "expectations": [
              {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "payment_id"}},
              {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "customer_id"}},
              {"type": "expect_column_min_to_be_between", "kwargs": {"column": "amount", "min_value": 0}}]}""";

    record Payment(int id, Integer customer, java.math.BigDecimal amount, String month) {
    }

    @TempDir
    static Path dir;

    static String url;
    static final List<Payment> PAYMENTS = new ArrayList<>();

    @BeforeAll
    static void copyPaymentsIntoPostgres() throws Exception {
        var postgres = PostgresServer.get();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy-MM");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"));
             Connection h2 = workspace.connect();
             Connection pg = postgres.getPostgresDatabase().getConnection()) {
            pg.createStatement().execute("DROP TABLE IF EXISTS payment");
            pg.createStatement().execute("CREATE TABLE payment (payment_id INTEGER, customer_id INTEGER, staff_id INTEGER,"
                    + " rental_id INTEGER, amount NUMERIC(7, 2), payment_date TIMESTAMP)");
            pg.createStatement().execute("ALTER USER postgres PASSWORD 'pg-secret'");
            try (ResultSet rows = h2.createStatement().executeQuery("SELECT payment_id, customer_id, staff_id, rental_id,"
                    + " amount, payment_date FROM SAMPLES.PAYMENT");
                 PreparedStatement insert = pg.prepareStatement("INSERT INTO payment VALUES (?, ?, ?, ?, ?, ?)")) {
                while (rows.next()) {
                    for (int i = 1; i <= 6; i++) {
                        insert.setObject(i, rows.getObject(i));
                    }
                    insert.addBatch();
                    PAYMENTS.add(new Payment(rows.getInt(1), (Integer) rows.getObject(2), rows.getBigDecimal(5),
                            rows.getTimestamp(6).toLocalDateTime().format(month)));
                }
                insert.executeBatch();
            }
        }
        url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    private ValidationResult validateMonth(String month) {
        SecretResolver secrets = new SecretResolver(Map.of("PG_PW", "pg-secret"), new SecretCipher(new SecretKeyFile(dir)));
        ValidationService service = new ValidationService(new SourceConnector(new EngineSettings("1GB", 2), secrets, List.of()));
        return service.validate(new JdbcSource("pg", url, "postgres", SecretRef.env("PG_PW")), AssetRef.table("payment"),
                Optional.of(BatchSpec.parse("payment_date:month:" + month)), SuiteJson.parse(SUITE, "payments"),
                Optional.of(ResultFormat.of(ResultFormat.Level.COMPLETE)), TaskContext.none());
    }

    @Test
    void eachMonthlyBatchPassesOrFailsWithItsPlantedRows() {
        Map<String, List<Payment>> byMonth = new TreeMap<>();
        PAYMENTS.forEach(p -> byMonth.computeIfAbsent(p.month(), m -> new ArrayList<>()).add(p));
        assertThat(byMonth).hasSizeGreaterThanOrEqualTo(4);
        int failingMonths = 0;
        for (Map.Entry<String, List<Payment>> month : byMonth.entrySet()) {
            List<Payment> rows = month.getValue();
            ValidationResult result = validateMonth(month.getKey());
            assertThat(result.results()).hasSize(3).noneMatch(ExpectationResult::raisedException);

            List<Object> duplicates = new ArrayList<>();
            rows.stream().filter(p -> rows.stream().filter(q -> q.id() == p.id()).count() > 1)
                    .forEach(p -> duplicates.add((long) p.id()));
            ExpectationResult unique = result.results().get(0);
            assertThat(unique.success()).as(month.getKey()).isEqualTo(duplicates.isEmpty());
            assertThat(unique.result().get("unexpected_list")).as(month.getKey()).isEqualTo(duplicates);
            assertThat(unique.result().get("element_count")).isEqualTo((long) rows.size());

            long nullCustomers = rows.stream().filter(p -> p.customer() == null).count();
            assertThat(result.results().get(1).success()).isEqualTo(nullCustomers == 0);
            assertThat(result.results().get(1).result().get("unexpected_count")).isEqualTo(nullCustomers);

            double minimum = rows.stream().filter(p -> p.amount() != null).mapToDouble(p -> p.amount().doubleValue()).min().orElseThrow();
            ExpectationResult min = result.results().get(2);
            assertThat(min.result().get("observed_value")).as(month.getKey()).isEqualTo(minimum);
            assertThat(min.success()).isEqualTo(minimum >= 0);
            failingMonths += result.success() ? 0 : 1;
        }
        // The sample plants a duplicated payment_id (1500) and a negative amount (payment 812).
        assertThat(failingMonths).isBetween(1, 2);
        assertThat(PAYMENTS.stream().filter(p -> p.id() == 1500).count()).isEqualTo(2);
    }

    @Test
    void theLatestBatchIsTheNewestMonth() {
        SecretResolver secrets = new SecretResolver(Map.of("PG_PW", "pg-secret"), new SecretCipher(new SecretKeyFile(dir)));
        ValidationService service = new ValidationService(new SourceConnector(new EngineSettings("1GB", 2), secrets, List.of()));
        ValidationResult result = service.validate(new JdbcSource("pg", url, "postgres", SecretRef.env("PG_PW")),
                AssetRef.table("payment"), Optional.of(BatchSpec.parse("payment_date:month:latest")),
                SuiteJson.parse(SUITE, "payments"), Optional.empty(), TaskContext.none());
        String newest = PAYMENTS.stream().map(Payment::month).max(String::compareTo).orElseThrow();
        assertThat(result.batchLabel()).contains(newest);
        assertThat(result.results().get(0).result().get("element_count"))
                .isEqualTo(PAYMENTS.stream().filter(p -> p.month().equals(newest)).count());
    }
}
