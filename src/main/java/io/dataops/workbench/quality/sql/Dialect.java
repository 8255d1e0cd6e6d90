package io.dataops.workbench.quality.sql;

import java.util.List;
import java.util.Optional;

/**
 * The SQL that differs between engines. Defaults are standard SQL that DuckDB, H2 and PostgreSQL accept;
 * each engine's class overrides only what it does differently. Expressions passed in are already quoted.
 */
public interface Dialect {

    String name();

    /** Double quotes with embedded quotes doubled: a column named {@code select} or {@code a "b" c} stays one name. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    default String toDouble(String expression) {
        return "CAST(" + expression + " AS DOUBLE PRECISION)";
    }

    /** Sample standard deviation as an aggregate, or empty when the engine lacks it (then sum of squares is used). */
    default Optional<String> stddev(String doubleExpression) {
        return Optional.of("STDDEV_SAMP(" + doubleExpression + ")");
    }

    /** An approximate distinct-count aggregate, or empty when the engine has none (the count stays exact). */
    default Optional<String> approxDistinct(String expression) {
        return Optional.empty();
    }

    /**
     * One aggregate giving an SQL array of the continuous quantiles {@code fractions} of a numeric column,
     * or empty when the engine needs a separate ordered query for them.
     */
    default Optional<String> quantiles(String expression, List<Double> fractions, boolean approximate) {
        return Optional.empty();
    }

    /**
     * A sketch aggregate giving an SQL array of the (about) {@code k} most common values, or empty. With it,
     * approximate profiles find top-value candidates in the aggregate pass and count them exactly in the
     * histogram pass, instead of one GROUP BY pass per column.
     */
    default Optional<String> approxTopK(String expression, int k) {
        return Optional.empty();
    }

    /**
     * A 64-bit hash of a whole row, or empty. With it, approximate profiles count distinct rows in the
     * aggregate pass (duplicates = rows - distinct hashes; a collision among 10^7 rows has odds near 10^-6)
     * instead of a GROUP BY over every column.
     */
    default Optional<String> rowHash(List<String> expressions) {
        return Optional.empty();
    }

    /** Seconds since 1970-01-01 UTC of a date or timestamp, as a number. */
    default String epochSeconds(String expression) {
        return "EXTRACT(EPOCH FROM " + expression + ")";
    }

    default String length(String expression) {
        return "LENGTH(" + expression + ")";
    }

    /** The batch key of a date or timestamp as text: "2024", "2024-03" or "2024-03-15". */
    String batchKey(String expression, TimeGrain grain);

    /** A FROM item holding up to {@code rows} rows of {@code fromItem}, the same rows for every query of a profile. */
    default String sample(String fromItem, long rows) {
        return "(SELECT * FROM " + fromItem + " LIMIT " + rows + ") sampled";
    }

    /**
     * Whether a derived table of computed bin numbers is cheap here. H2 re-evaluates a derived table for
     * every aggregate over it (seconds for a few hundred rows), so there the bin expression is inlined.
     */
    default boolean derivedTablesAreCheap() {
        return true;
    }

    /** Whether {@link #sample} picks random rows (true) or the first rows the engine returns (false). */
    default boolean randomSample() {
        return false;
    }
}
