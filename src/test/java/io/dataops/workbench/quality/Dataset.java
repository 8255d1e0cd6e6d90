package io.dataops.workbench.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A generated table with awkward column names, nulls, zeros, negatives, empty strings, an all-null column
 * and three duplicated rows, plus the statistics computed here in Java — independently of any SQL — for
 * the tests to compare the profiler's results against.
 */
record Dataset(List<Object[]> rows) {

    static final String[] COLUMNS = {"id", "amount", "category", "created", "select", "we\"ird col", "all_null"};
    static final String[] CATEGORIES = {"red", "green", "blue", "", "yellow"};

    static Dataset generate(int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Double amount = i % 10 == 0 ? null : i % 13 == 0 ? 0.0 : ((i * 37) % 200 - 60) / 4.0;
            String category = i % 11 == 0 ? null : CATEGORIES[(i * 7) % CATEGORIES.length];
            LocalDate created = LocalDate.of(2024, 1, 1).plusDays((i * 5L) % 400);
            String weird = i % 3 == 0 ? null : "n" + (i % 17);
            rows.add(new Object[] {i, amount, category, created, i % 7, weird, null});
        }
        for (int i = 0; i < 3; i++) {
            rows.add(rows.get(i).clone()); // Three duplicate rows.
        }
        return new Dataset(rows);
    }

    /** As DuckDB reads the CSV back: a quoted empty string is a null there (allow_quoted_nulls). */
    Dataset emptyStringsAsNulls() {
        return new Dataset(rows.stream().map(r -> Arrays.stream(r).map(v -> "".equals(v) ? null : v).toArray())
                .toList());
    }

    List<Object> column(int index) {
        return rows.stream().map(r -> r[index]).collect(Collectors.toList());
    }

    List<Object> nonNull(int index) {
        return column(index).stream().filter(Objects::nonNull).toList();
    }

    long nulls(int index) {
        return rows.size() - nonNull(index).size();
    }

    long distinct(int index) {
        return nonNull(index).stream().distinct().count();
    }

    double[] numbers(int index) {
        return nonNull(index).stream().mapToDouble(v -> ((Number) v).doubleValue()).sorted().toArray();
    }

    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static double stddev(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }

    void writeCsv(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("id,amount,category,created,select,\"we\"\"ird col\",all_null\n");
        for (Object[] row : rows) {
            csv.append(Arrays.stream(row).map(Dataset::csvCell).collect(Collectors.joining(","))).append('\n');
        }
        Files.writeString(file, csv);
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return "\"" + s.replace("\"", "\"\"") + "\""; // Quoted, so "" stays an empty string, not a null.
        }
        return value.toString();
    }

    /** Creates table {@code name} with types the engine knows ({@code doubleType}: DOUBLE PRECISION or REAL). */
    void writeTable(Connection connection, String name, String doubleType) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + name + " (id INTEGER, amount " + doubleType + ", category VARCHAR(20),"
                    + " created DATE, \"select\" INTEGER, \"we\"\"ird col\" VARCHAR(20), all_null VARCHAR(20))");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + name + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : rows) {
                insert.setInt(1, (Integer) row[0]);
                insert.setObject(2, row[1]);
                insert.setObject(3, row[2]);
                if (connection.getMetaData().getDatabaseProductName().contains("SQLite")) {
                    insert.setString(4, row[3].toString()); // SQLite keeps dates as ISO text.
                } else {
                    insert.setDate(4, Date.valueOf((LocalDate) row[3]));
                }
                insert.setInt(5, (Integer) row[4]);
                insert.setObject(6, row[5]);
                insert.setNull(7, java.sql.Types.VARCHAR);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
