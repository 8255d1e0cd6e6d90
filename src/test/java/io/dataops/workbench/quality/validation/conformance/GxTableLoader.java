package io.dataops.workbench.quality.validation.conformance;

import io.dataops.workbench.quality.validation.engine.DateParsing;
import io.dataops.workbench.quality.validation.engine.SqlLiterals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads a GX dataset into a table the way GX's test harness did (build_sa_validator_with_data): with the
 * dataset's schema types when it has them for the engine (values converted as GX converts them: numbers
 * parsed, dates parsed, VARCHAR columns through Python's str()), else with the types pandas infers and
 * to_sql writes (int64 BIGINT, float64 FLOAT, bool BOOLEAN, object TEXT; ints with nulls become floats).
 * SQLite stores dates as SQLAlchemy does, as text "YYYY-MM-DD HH:MM:SS.ffffff".
 */
final class GxTableLoader {

    enum Engine { SQLITE, DUCKDB, H2, POSTGRES }

    private enum Dtype { INT64, FLOAT64, BOOL, OBJECT }

    private GxTableLoader() {
    }

    static void load(Connection connection, Engine engine, GxCase.GxTable table) throws SQLException {
        Map<String, String> declared = new LinkedHashMap<>();
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object>> column : table.data().entrySet()) {
            List<Object> raw = column.getValue() == null ? List.of() : column.getValue();
            String gxType = table.types().get(column.getKey());
            Dtype dtype = dtype(raw);
            String type = gxType != null ? gxType.toUpperCase(Locale.ROOT) : inferredType(dtype);
            declared.put(column.getKey(), ddlType(type, engine));
            List<Object> converted = new ArrayList<>();
            for (Object value : raw) {
                converted.add(convert(value, type, dtype, engine));
            }
            values.put(column.getKey(), converted);
        }
        String name = quote(table.name());
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + name);
            statement.execute("CREATE TABLE " + name + " (" + declared.entrySet().stream()
                    .map(e -> quote(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        }
        int rows = values.values().stream().mapToInt(List::size).max().orElse(0);
        if (rows == 0 || declared.isEmpty()) {
            return;
        }
        String insert = "INSERT INTO " + name + " VALUES (" + declared.keySet().stream().map(c -> "?")
                .collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int r = 0; r < rows; r++) {
                int i = 1;
                for (List<Object> column : values.values()) {
                    statement.setObject(i++, r < column.size() ? column.get(r) : null);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The dtype pandas gives a column built from these Python values. */
    private static Dtype dtype(List<Object> values) {
        boolean nulls = values.stream().anyMatch(v -> v == null || v instanceof Double d && d.isNaN());
        List<Object> present = values.stream().filter(v -> v != null && !(v instanceof Double d && d.isNaN())).toList();
        if (present.isEmpty()) {
            return nulls ? Dtype.OBJECT : Dtype.OBJECT;
        }
        if (present.stream().allMatch(v -> v instanceof Boolean)) {
            return nulls ? Dtype.OBJECT : Dtype.BOOL;
        }
        if (present.stream().allMatch(v -> v instanceof Number)) {
            boolean ints = present.stream().allMatch(v -> !(v instanceof Double || v instanceof Float));
            return ints && !nulls ? Dtype.INT64 : Dtype.FLOAT64;
        }
        return Dtype.OBJECT;
    }

    private static String inferredType(Dtype dtype) {
        return switch (dtype) {
            case INT64 -> "BIGINT";
            case FLOAT64 -> "FLOAT";
            case BOOL -> "BOOLEAN";
            case OBJECT -> "TEXT";
        };
    }

    private static String ddlType(String type, Engine engine) {
        String base = type.replace("DOUBLE_PRECISION", "DOUBLE PRECISION");
        if (engine == Engine.SQLITE) {
            return base;
        }
        return switch (base) {
            case "DOUBLE PRECISION", "FLOAT", "DOUBLE", "REAL" -> engine == Engine.POSTGRES ? "DOUBLE PRECISION" : "DOUBLE";
            case "TEXT", "STRING" -> engine == Engine.POSTGRES ? "TEXT" : "VARCHAR";
            case "DATETIME" -> "TIMESTAMP";
            // PostgreSQL's NUMERIC without precision keeps every digit; H2's and DuckDB's defaults round (scale 0, 3).
            case "NUMERIC" -> engine == Engine.H2 ? "DECFLOAT" : engine == Engine.DUCKDB ? "DECIMAL(38, 18)" : base;
            default -> base;
        };
    }

    private static Object convert(Object value, String type, Dtype dtype, Engine engine) {
        if (value instanceof Double d && d.isNaN()) {
            value = null;
        }
        switch (type) {
            case "VARCHAR", "STRING":
                return pythonStr(value, dtype);
            case "DATETIME", "TIMESTAMP", "DATE", "TIMESTAMP_NTZ":
                if (value == null) {
                    return null;
                }
                String dateText = String.valueOf(value);
                LocalDateTime time = DateParsing.parseLenient(dateText).orElseThrow(
                        () -> new IllegalArgumentException("Not a date: " + dateText));
                if (engine == Engine.SQLITE) {
                    return type.equals("DATE") ? time.toLocalDate().toString() : SqlLiterals.sqliteDateTime(time);
                }
                return type.equals("DATE") ? java.sql.Date.valueOf(time.toLocalDate()) : java.sql.Timestamp.valueOf(time);
            case "INTEGER", "BIGINT", "SMALLINT", "FLOAT", "DOUBLE", "DOUBLE_PRECISION", "REAL", "NUMERIC":
                if (value instanceof String text) {
                    return text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text.strip());
                }
                if (value instanceof Number n && dtype == Dtype.FLOAT64) {
                    return n.doubleValue();
                }
                return value;
            default:
                if (dtype == Dtype.OBJECT && engine != Engine.SQLITE && value != null && !(value instanceof String)) {
                    return pythonStr(value, dtype);
                }
                return value;
        }
    }

    /** Python's str() of what pandas holds: floats as repr (1.0, nan), None as "None" in object columns. */
    private static String pythonStr(Object value, Dtype dtype) {
        if (value == null) {
            return dtype == Dtype.FLOAT64 ? "nan" : "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Number n && (dtype == Dtype.FLOAT64 || value instanceof Double)) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e16 ? (long) d + ".0" : Double.toString(d);
        }
        return String.valueOf(value);
    }
}
