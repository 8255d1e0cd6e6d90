package io.dataops.workbench.quality.profile;

import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Rows that repeat an earlier row in every comparable column (each group of n equal rows counts n - 1).
 * Columns without equality (JSON, binary) are left out; with none left there is no answer.
 */
final class DuplicateRowsQuery {

    private DuplicateRowsQuery() {
    }

    static OptionalLong run(QueryRunner runner, Dialect dialect, Relation relation, List<ColumnSchema> columns) {
        List<String> keys = columns.stream().filter(c -> c.kind().groupable())
                .map(c -> dialect.quote(c.name())).toList();
        if (keys.isEmpty()) {
            return OptionalLong.empty();
        }
        // The alias must not meet a column name (H2 would read GROUP BY "N" as the alias n).
        String sql = "SELECT COALESCE(SUM(dataops_rows - 1), 0) FROM (SELECT COUNT(*) AS dataops_rows FROM " + relation.fromItem()
                + " GROUP BY " + keys.stream().collect(Collectors.joining(", ")) + " HAVING COUNT(*) > 1) groups";
        return runner.query(sql, result -> {
            result.next();
            return OptionalLong.of(result.getLong(1));
        });
    }
}
