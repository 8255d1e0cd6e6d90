package io.dataops.workbench.quality.profile;

import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.util.ArrayList;
import java.util.List;

/** The most common values of one column with their counts; ties ordered by value so results are stable. */
final class TopValuesQuery {

    private TopValuesQuery() {
    }

    static List<ValueCount> run(QueryRunner runner, Dialect dialect, Relation relation, String column, int limit) {
        String c = dialect.quote(column);
        String sql = "SELECT " + c + ", COUNT(*) FROM " + relation.fromItem() + " WHERE " + c + " IS NOT NULL"
                + " GROUP BY " + c + " ORDER BY 2 DESC, 1 LIMIT " + limit;
        return runner.query(sql, result -> {
            List<ValueCount> values = new ArrayList<>();
            while (result.next()) {
                values.add(new ValueCount(result.getString(1), result.getLong(2)));
            }
            return values;
        });
    }
}
