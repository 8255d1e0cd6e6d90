package io.dataops.workbench.quality.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Picks the dialect of a connection from the product name its driver reports. */
public final class Dialects {

    private Dialects() {
    }

    public static Dialect of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName();
        String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (lower.contains("duckdb")) {
            return duckDb();
        }
        if (lower.contains("postgres")) {
            return new PostgresDialect();
        }
        if (lower.equals("h2")) {
            return new H2Dialect();
        }
        if (lower.contains("sqlite")) {
            return new SqliteDialect();
        }
        return new GenericDialect(product, meta.getIdentifierQuoteString());
    }

    public static Dialect duckDb() {
        return new DuckDbDialect();
    }
}
