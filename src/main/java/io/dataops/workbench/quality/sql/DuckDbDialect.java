package io.dataops.workbench.quality.sql;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** DuckDB: sketches for distinct counts and quantiles, a repeatable reservoir sample. */
final class DuckDbDialect implements Dialect {

    @Override
    public String name() {
        return "DuckDB";
    }

    @Override
    public String toDouble(String expression) {
        return "CAST(" + expression + " AS DOUBLE)";
    }

    @Override
    public Optional<String> approxDistinct(String expression) {
        return Optional.of("approx_count_distinct(" + expression + ")");
    }

    @Override
    public Optional<String> quantiles(String expression, List<Double> fractions, boolean approximate) {
        String list = fractions.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        // approx_quantile is a t-digest over one pass; quantile_cont has to keep every value.
        String function = approximate ? "approx_quantile" : "quantile_cont";
        return Optional.of(function + "(" + toDouble(expression) + ", " + list + ")");
    }

    @Override
    public Optional<String> approxTopK(String expression, int k) {
        return Optional.of("approx_top_k(" + expression + ", " + k + ")");
    }

    @Override
    public Optional<String> rowHash(List<String> expressions) {
        return Optional.of("hash(" + String.join(", ", expressions) + ")");
    }

    @Override
    public String epochSeconds(String expression) {
        return "epoch(" + expression + ")";
    }

    @Override
    public String batchKey(String expression, TimeGrain grain) {
        return "strftime(" + expression + ", '" + switch (grain) {
            case YEAR -> "%Y";
            case MONTH -> "%Y-%m";
            case DAY -> "%Y-%m-%d";
        } + "')";
    }

    @Override
    public String sample(String fromItem, long rows) {
        return "(SELECT * FROM " + fromItem + " USING SAMPLE reservoir(" + rows + " ROWS) REPEATABLE (42)) sampled";
    }

    @Override
    public boolean randomSample() {
        return true;
    }
}
