package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import java.sql.ResultSetMetaData;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What expectations see of one batch: the engine (runner, dialect), the batch as an SQL FROM item (already
 * narrowed by a row_condition), its columns, and the run's clock for now() parameters.
 */
public final class BatchScope {

    private final QueryRunner runner;
    private final Dialect dialect;
    private final Relation relation;
    private final List<ColumnSchema> columns;
    private final LocalDateTime now;
    private final SqlLiterals literals;

    public BatchScope(QueryRunner runner, Dialect dialect, Relation relation, List<ColumnSchema> columns,
                      LocalDateTime now) {
        this.runner = runner;
        this.dialect = dialect;
        this.relation = relation;
        this.columns = List.copyOf(columns);
        this.now = now;
        this.literals = new SqlLiterals(dialect);
    }

    public BatchScope narrowed(Relation narrowed) {
        return new BatchScope(runner, dialect, narrowed, columns, now);
    }

    public QueryRunner runner() {
        return runner;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Relation relation() {
        return relation;
    }

    public String from() {
        return relation.fromItem();
    }

    public List<ColumnSchema> columns() {
        return columns;
    }

    public LocalDateTime now() {
        return now;
    }

    public SqlLiterals literals() {
        return literals;
    }

    public boolean isSqlite() {
        return dialect.name().equals("SQLite");
    }

    /** The column named exactly so (else the only one differing in case), or the error GX gives for it. */
    public ColumnSchema column(String name) {
        return find(name).orElseThrow(() -> new InvalidExpectationException(
                "The column \"" + name + "\" in BatchData does not exist."));
    }

    public Optional<ColumnSchema> find(String name) {
        Optional<ColumnSchema> exact = columns.stream().filter(c -> c.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<ColumnSchema> folded = columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /** The column quoted for SQL (checked to exist). */
    public String quoted(String name) {
        return dialect.quote(column(name).name());
    }

    /** The column's kind; a declared DATE/DATETIME/TIMESTAMP or BOOLEAN counts even where SQLite stores text or 0/1. */
    public ColumnKind kind(String name) {
        ColumnSchema schema = column(name);
        String declared = schema.declaredType().toUpperCase(java.util.Locale.ROOT);
        if (Values.isTemporalType(declared)) {
            return ColumnKind.TEMPORAL;
        }
        if (declared.startsWith("BOOL")) {
            return ColumnKind.BOOLEAN;
        }
        return schema.kind();
    }

    /** All rows of a query, each value normalized for the JSON result. */
    public List<List<Object>> rows(String sql) {
        List<List<Object>> rows = new ArrayList<>();
        stream(sql, rows::add);
        return rows;
    }

    /** Streams the rows of a query (normalized) to {@code sink}, checking for cancel every 10,000 rows. */
    public void stream(String sql, Consumer<List<Object>> sink) {
        runner.query(sql, result -> {
            ResultSetMetaData meta = result.getMetaData();
            int count = meta.getColumnCount();
            String[] types = new String[count];
            for (int i = 0; i < count; i++) {
                types[i] = meta.getColumnTypeName(i + 1);
            }
            long seen = 0;
            while (result.next()) {
                List<Object> row = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    row.add(Values.normalize(result.getObject(i + 1), types[i]));
                }
                sink.accept(row);
                if (++seen % 10_000 == 0) {
                    runner.context().checkCancelled();
                }
            }
            return null;
        });
    }

    public Object scalar(String sql) {
        List<List<Object>> rows = rows(sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** "LIMIT n" or nothing. */
    public static String limit(Optional<Integer> limit) {
        return limit.map(n -> " LIMIT " + n).orElse("");
    }
}
