package io.dataops.workbench.quality.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a profile reads, as an SQL FROM item: a quoted table, a parenthesised query, or either narrowed to
 * a batch or a sample. {@code label} names it for people ("SAMPLES.PAYMENT", "query", "data.csv").
 */
public record Relation(String fromItem, String label) {

    public static Relation table(Dialect dialect, List<String> qualifiedName) {
        String quoted = qualifiedName.stream().map(dialect::quote).collect(Collectors.joining("."));
        return new Relation(quoted, String.join(".", qualifiedName));
    }

    /** A user's SELECT; a trailing semicolon is dropped so it can be nested. */
    public static Relation query(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return new Relation("(" + trimmed + ") q", "query");
    }

    public Relation where(String condition, String labelSuffix) {
        return new Relation("(SELECT * FROM " + fromItem + " WHERE " + condition + ") batch", label + labelSuffix);
    }

    public Relation sampled(Dialect dialect, long rows) {
        return new Relation(dialect.sample(fromItem, rows), label + " (sample of " + rows + " rows)");
    }
}
