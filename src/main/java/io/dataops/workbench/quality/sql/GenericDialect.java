package io.dataops.workbench.quality.sql;

import java.util.Optional;

/**
 * Any other JDBC database (a driver added in Settings): standard SQL only, quoted with the driver's own
 * quote string; no standard deviation or quantiles in SQL, which the profiler then computes portably.
 */
final class GenericDialect implements Dialect {

    private final String productName;
    private final String quoteString;

    GenericDialect(String productName, String quoteString) {
        this.productName = productName;
        this.quoteString = quoteString == null || quoteString.isBlank() ? "\"" : quoteString.trim();
    }

    @Override
    public String name() {
        return productName;
    }

    @Override
    public String quote(String identifier) {
        return quoteString + identifier.replace(quoteString, quoteString + quoteString) + quoteString;
    }

    @Override
    public Optional<String> stddev(String doubleExpression) {
        return Optional.empty();
    }

    @Override
    public String batchKey(String expression, TimeGrain grain) {
        // CAST to text gives ISO dates on most engines; its first 4, 7 or 10 characters are the key.
        int length = switch (grain) {
            case YEAR -> 4;
            case MONTH -> 7;
            case DAY -> 10;
        };
        return "SUBSTRING(CAST(" + expression + " AS VARCHAR(40)) FROM 1 FOR " + length + ")";
    }
}
