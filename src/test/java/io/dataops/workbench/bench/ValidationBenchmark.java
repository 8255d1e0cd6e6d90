package io.dataops.workbench.bench;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.sql.Dialects;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.engine.SuiteValidator;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 20-expectation suite on a 10,000,000-row DuckDB table (validateSuite) against one hand-written SQL query
 * computing the same 20 conditions (handWrittenFloor), in the same run; the target is a ratio of at
 * most 1.3. Run with {@code mvn -Pbench verify -Dbench.args=ValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class ValidationBenchmark {

    static final long ROWS = 10_000_000L;

    static final String SUITE = """
            {"name": "bench", "expectations": [
             {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1, "max_value": 20000000}},
             {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}},
             {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "customer_id"}},
             {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "amount", "mostly": 0.99}},
             {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "day"}},
             {"type": "expect_column_values_to_be_between", "kwargs": {"column": "amount", "min_value": 0, "max_value": 1000}},
             {"type": "expect_column_values_to_be_between", "kwargs": {"column": "customer_id", "min_value": 0, "max_value": 999}},
             {"type": "expect_column_values_to_be_between", "kwargs": {"column": "id", "min_value": 0, "max_value": 100000000}},
             {"type": "expect_column_values_to_be_between", "kwargs": {"column": "day", "min_value": "2024-01-01", "max_value": "2025-12-31"}},
             {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "status", "value_set": ["new", "paid", "refunded", "void"]}},
             {"type": "expect_column_values_to_not_be_in_set", "kwargs": {"column": "customer_id", "value_set": [-1, -2]}},
             {"type": "expect_column_value_lengths_to_be_between", "kwargs": {"column": "status", "min_value": 3, "max_value": 8}},
             {"type": "expect_column_values_to_match_like_pattern", "kwargs": {"column": "status", "like_pattern": "%_%"}},
             {"type": "expect_column_pair_values_a_to_be_greater_than_b", "kwargs": {"column_A": "id", "column_B": "customer_id", "or_equal": true, "mostly": 0.99}},
             {"type": "expect_column_min_to_be_between", "kwargs": {"column": "amount", "min_value": 0}},
             {"type": "expect_column_max_to_be_between", "kwargs": {"column": "amount", "max_value": 1000}},
             {"type": "expect_column_mean_to_be_between", "kwargs": {"column": "amount", "min_value": 0, "max_value": 1000}},
             {"type": "expect_column_sum_to_be_between", "kwargs": {"column": "customer_id", "min_value": 0}},
             {"type": "expect_column_stdev_to_be_between", "kwargs": {"column": "amount", "min_value": 0, "max_value": 1000}},
             {"type": "expect_column_unique_value_count_to_be_between", "kwargs": {"column": "customer_id", "min_value": 1, "max_value": 1000}}
            ]}""";

    /**
     * The same 20 conditions as one query, written the fastest way we found for DuckDB: null counts as
     * COUNT(*) - COUNT(column), conditions as SUM(CASE ...) (about 1.5x faster here than COUNT(*) FILTER (WHERE ...)),
     * the statistics as plain aggregates.
     */
    static final String FLOOR = """
            SELECT COUNT(*), COUNT(*) - COUNT(id), COUNT(*) - COUNT(customer_id), COUNT(*) - COUNT(amount),
              COUNT(*) - COUNT(day),
              SUM(CASE WHEN amount NOT BETWEEN 0 AND 1000 THEN 1 ELSE 0 END),
              SUM(CASE WHEN customer_id NOT BETWEEN 0 AND 999 THEN 1 ELSE 0 END),
              SUM(CASE WHEN id NOT BETWEEN 0 AND 100000000 THEN 1 ELSE 0 END),
              SUM(CASE WHEN day NOT BETWEEN DATE '2024-01-01' AND DATE '2025-12-31' THEN 1 ELSE 0 END),
              SUM(CASE WHEN status NOT IN ('new', 'paid', 'refunded', 'void') THEN 1 ELSE 0 END),
              SUM(CASE WHEN customer_id IN (-1, -2) THEN 1 ELSE 0 END),
              SUM(CASE WHEN length(status) NOT BETWEEN 3 AND 8 THEN 1 ELSE 0 END),
              SUM(CASE WHEN status NOT LIKE '%_%' THEN 1 ELSE 0 END),
              SUM(CASE WHEN id < customer_id THEN 1 ELSE 0 END),
              MIN(amount), MAX(amount), AVG(amount), SUM(customer_id), STDDEV_SAMP(amount),
              COUNT(DISTINCT customer_id)
            FROM payments""";

    /** The first hand-written version, with FILTER clauses: kept to show how much the SQL idiom alone costs. */
    static final String FLOOR_WITH_FILTER = """
            SELECT COUNT(*),
              COUNT(*) FILTER (WHERE id IS NULL), COUNT(*) FILTER (WHERE customer_id IS NULL),
              COUNT(*) FILTER (WHERE amount IS NULL), COUNT(*) FILTER (WHERE day IS NULL),
              COUNT(*) FILTER (WHERE amount NOT BETWEEN 0 AND 1000),
              COUNT(*) FILTER (WHERE customer_id NOT BETWEEN 0 AND 999),
              COUNT(*) FILTER (WHERE id NOT BETWEEN 0 AND 100000000),
              COUNT(*) FILTER (WHERE day NOT BETWEEN DATE '2024-01-01' AND DATE '2025-12-31'),
              COUNT(*) FILTER (WHERE status NOT IN ('new', 'paid', 'refunded', 'void')),
              COUNT(*) FILTER (WHERE customer_id IN (-1, -2)),
              COUNT(*) FILTER (WHERE length(status) NOT BETWEEN 3 AND 8),
              COUNT(*) FILTER (WHERE status NOT LIKE '%_%'),
              COUNT(*) FILTER (WHERE id < customer_id),
              MIN(amount), MAX(amount), AVG(amount), SUM(customer_id), STDDEV_SAMP(amount),
              COUNT(DISTINCT customer_id)
            FROM payments""";

    private Path directory;
    private Connection connection;
    private ExpectationSuite suite;
    private SuiteValidator validator;

    @Setup(Level.Trial)
    public void createTable() throws IOException, SQLException {
        directory = Files.createTempDirectory("dataops-bench-validation-");
        connection = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("bench.duckdb"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE payments AS SELECT i AS id, CAST(i % 1000 AS INTEGER) AS customer_id,"
                    + " CASE WHEN i % 500 = 0 THEN NULL ELSE (i % 997) * 0.5 END AS amount,"
                    + " ['new', 'paid', 'refunded', 'void'][1 + CAST(i % 4 AS INTEGER)] AS status,"
                    + " DATE '2024-01-01' + CAST(i % 700 AS INTEGER) AS day FROM range(" + ROWS + ") t(i)");
        }
        suite = SuiteJson.parse(SUITE, "bench");
        validator = new SuiteValidator();
        ValidationResult check = validateSuite();
        if (!check.success() || check.evaluated() != 20) {
            throw new IllegalStateException("The benchmark suite must pass on its data: " + check);
        }
    }

    @Benchmark
    public ValidationResult validateSuite() throws SQLException {
        QueryRunner runner = new QueryRunner(connection, TaskContext.none(), e -> new IllegalStateException(e));
        return validator.validate(runner, Dialects.of(connection), Relation.table(Dialects.of(connection), List.of("payments")),
                suite, Optional.empty(), TaskContext.none());
    }

    @Benchmark
    public long handWrittenFloor() throws SQLException {
        return query(FLOOR);
    }

    @Benchmark
    public long handWrittenWithFilter() throws SQLException {
        return query(FLOOR_WITH_FILTER);
    }

    private long query(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The ratio measured in pairs (floor, then suite, alternating which goes first) so that load from other
     * processes hits both alike: {@code java -cp <test classpath> io.dataops.workbench.bench.ValidationBenchmark [ROUNDS]}.
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ValidationBenchmark bench = new ValidationBenchmark();
        bench.createTable();
        List<Double> ratios = new java.util.ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long floor;
            long suite;
            if (round % 2 == 0) {
                floor = time(bench::handWrittenFloor);
                suite = time(bench::validateSuite);
            } else {
                suite = time(bench::validateSuite);
                floor = time(bench::handWrittenFloor);
            }
            ratios.add((double) suite / floor);
            System.out.printf("round %d: floor %d ms, suite %d ms, ratio %.2f%n", round + 1, floor, suite, (double) suite / floor);
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf("median ratio suite/floor over %d rounds: %.2f%n", rounds, sorted.get(sorted.size() / 2));
        bench.dropTable();
    }

    private interface Work {
        Object run() throws SQLException;
    }

    private static long time(Work work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @TearDown(Level.Trial)
    public void dropTable() throws IOException, SQLException {
        connection.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
