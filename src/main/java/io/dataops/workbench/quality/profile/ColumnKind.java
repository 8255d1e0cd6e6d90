package io.dataops.workbench.quality.profile;

import java.sql.Types;
import java.util.Locale;
import java.util.Set;

/** What the profiler can compute for a column, decided from its declared JDBC type. */
public enum ColumnKind {
    NUMERIC, TEMPORAL, TEXT, BOOLEAN,
    /** Binary, JSON, arrays, structs, times of day: only null counts, since equality or ordering may not exist. */
    OTHER;

    // DuckDB reports its unsigned and huge integer types with codes that JDBC does not know.
    private static final Set<String> EXTRA_NUMERIC_NAMES =
            Set.of("HUGEINT", "UHUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT");

    public static ColumnKind of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        if (EXTRA_NUMERIC_NAMES.contains(name)) {
            return NUMERIC;
        }
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                    Types.NUMERIC, Types.DECIMAL -> NUMERIC;
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TEMPORAL;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR -> TEXT;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            default -> OTHER;
        };
    }

    /** Whether two values can be compared for equality in every dialect (GROUP BY, DISTINCT). */
    public boolean groupable() {
        return this != OTHER;
    }
}
