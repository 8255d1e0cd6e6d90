package io.dataops.workbench.quality.sql;

import java.util.Optional;

/**
 * SQLite: no STDDEV and no percentile functions (the profiler falls back to a sum of squares and an
 * ordered ROW_NUMBER query), dates are ISO text read with strftime.
 */
final class SqliteDialect implements Dialect {

    @Override
    public String name() {
        return "SQLite";
    }

    @Override
    public String toDouble(String expression) {
        return "CAST(" + expression + " AS REAL)";
    }

    @Override
    public Optional<String> stddev(String doubleExpression) {
        return Optional.empty();
    }

    @Override
    public String epochSeconds(String expression) {
        return "CAST(strftime('%s', " + expression + ") AS REAL)";
    }

    @Override
    public String batchKey(String expression, TimeGrain grain) {
        return "strftime('" + switch (grain) {
            case YEAR -> "%Y";
            case MONTH -> "%Y-%m";
            case DAY -> "%Y-%m-%d";
        } + "', " + expression + ")";
    }
}
