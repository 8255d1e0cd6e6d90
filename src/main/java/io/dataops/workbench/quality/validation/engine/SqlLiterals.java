package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.sql.Dialect;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Values from a suite written into SQL. Numbers are plain decimals, text is quoted with quotes doubled, and
 * date-times follow the engine: SQLite compares its text dates as text, so there a date-time is the text
 * SQLAlchemy stores ("2001-01-01 12:00:01.000000"); elsewhere it is a TIMESTAMP literal.
 */
public final class SqlLiterals {

    private static final DateTimeFormatter SQLITE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final boolean sqlite;

    public SqlLiterals(Dialect dialect) {
        this.sqlite = dialect.name().equals("SQLite");
    }

    public String of(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean bool) {
            return sqlite ? (bool ? "1" : "0") : (bool ? "TRUE" : "FALSE");
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("Cannot compare with " + d + " in SQL.");
            }
            return new BigDecimal(d.toString()).toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return sqlite ? text(SQLITE_DATE_TIME.format(dateTime)) : "TIMESTAMP " + text(dateTime.toString().replace('T', ' '));
        }
        return text(String.valueOf(value));
    }

    public static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A date-time as SQLite stores it (for loading test data the way SQLAlchemy does). */
    public static String sqliteDateTime(LocalDateTime dateTime) {
        return SQLITE_DATE_TIME.format(dateTime);
    }
}
