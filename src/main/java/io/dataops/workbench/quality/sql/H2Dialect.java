package io.dataops.workbench.quality.sql;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** H2 2.x: ordered-set PERCENTILE_CONT, one per fraction, gathered into an ARRAY. */
final class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public Optional<String> quantiles(String expression, List<Double> fractions, boolean approximate) {
        String value = toDouble(expression);
        return Optional.of(fractions.stream()
                .map(f -> "PERCENTILE_CONT(" + f + ") WITHIN GROUP (ORDER BY " + value + ")")
                .collect(Collectors.joining(", ", "ARRAY[", "]")));
    }

    @Override
    public boolean derivedTablesAreCheap() {
        return false;
    }

    @Override
    public String length(String expression) {
        return "CHAR_LENGTH(" + expression + ")";
    }

    @Override
    public String batchKey(String expression, TimeGrain grain) {
        return "FORMATDATETIME(" + expression + ", '" + switch (grain) {
            case YEAR -> "yyyy";
            case MONTH -> "yyyy-MM";
            case DAY -> "yyyy-MM-dd";
        } + "')";
    }
}
