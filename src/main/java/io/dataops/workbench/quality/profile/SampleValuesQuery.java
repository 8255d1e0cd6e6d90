package io.dataops.workbench.quality.profile;

import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A few distinct non-null values per column, from the first rows only: cheap, and enough to show the shape. */
final class SampleValuesQuery {

    private static final int ROWS = 100;

    private SampleValuesQuery() {
    }

    static Map<String, List<String>> run(QueryRunner runner, Relation relation, List<ColumnSchema> columns,
                                         int perColumn) {
        return runner.query("SELECT * FROM " + relation.fromItem() + " LIMIT " + ROWS, result -> {
            List<Set<String>> values = new ArrayList<>();
            columns.forEach(c -> values.add(new LinkedHashSet<>()));
            while (result.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    if (values.get(i).size() < perColumn && columns.get(i).kind() != ColumnKind.OTHER) {
                        String value = result.getString(i + 1);
                        if (value != null) {
                            values.get(i).add(value);
                        }
                    }
                }
            }
            Map<String, List<String>> byName = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                byName.put(columns.get(i).name(), List.copyOf(values.get(i)));
            }
            return byName;
        });
    }
}
