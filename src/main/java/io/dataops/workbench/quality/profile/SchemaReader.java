package io.dataops.workbench.quality.profile;

import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/** The columns of a relation, read from the metadata of a query that returns no rows. */
public final class SchemaReader {

    private SchemaReader() {
    }

    public static List<ColumnSchema> read(QueryRunner runner, Relation relation) {
        return runner.query("SELECT * FROM " + relation.fromItem() + " WHERE 1 = 0", result -> {
            ResultSetMetaData meta = result.getMetaData();
            List<ColumnSchema> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String typeName = meta.getColumnTypeName(i);
                columns.add(new ColumnSchema(i, meta.getColumnLabel(i), typeName == null ? "" : typeName,
                        ColumnKind.of(meta.getColumnType(i), typeName)));
            }
            return columns;
        });
    }
}
