package io.dataops.workbench.quality.sql;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** PostgreSQL: percentile_cont with an array of fractions gives all quantiles in the one aggregate query. */
final class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public Optional<String> quantiles(String expression, List<Double> fractions, boolean approximate) {
        String array = fractions.stream().map(String::valueOf).collect(Collectors.joining(", ", "ARRAY[", "]"));
        return Optional.of("percentile_cont(" + array + "::double precision[]) WITHIN GROUP (ORDER BY "
                + toDouble(expression) + ")");
    }

    @Override
    public String length(String expression) {
        return "char_length(" + expression + ")";
    }

    @Override
    public String batchKey(String expression, TimeGrain grain) {
        return "to_char(" + expression + ", '" + switch (grain) {
            case YEAR -> "YYYY";
            case MONTH -> "YYYY-MM";
            case DAY -> "YYYY-MM-DD";
        } + "')";
    }
}
