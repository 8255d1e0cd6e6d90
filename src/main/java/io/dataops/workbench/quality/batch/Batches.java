package io.dataops.workbench.quality.batch;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import io.dataops.workbench.quality.sql.TimeGrain;
import java.util.ArrayList;
import java.util.List;

/** Lists the batches of a split asset and narrows a relation to one of them, all in SQL. */
public final class Batches {

    private Batches() {
    }

    /** The batches in key order, with their row counts; rows with a null date belong to no batch. */
    public static List<Batch> list(QueryRunner runner, Dialect dialect, Relation relation, String column,
                                   TimeGrain grain) {
        String c = dialect.quote(column);
        String sql = "SELECT k, COUNT(*) FROM (SELECT " + dialect.batchKey(c, grain) + " AS k FROM "
                + relation.fromItem() + " WHERE " + c + " IS NOT NULL) keyed GROUP BY k ORDER BY k";
        return runner.query(sql, result -> {
            List<Batch> batches = new ArrayList<>();
            while (result.next()) {
                batches.add(new Batch(result.getString(1), result.getLong(2)));
            }
            return batches;
        });
    }

    /** The relation narrowed to the batch the spec names ({@code latest}: the newest one). */
    public static Relation select(QueryRunner runner, Dialect dialect, Relation relation, BatchSpec spec) {
        String key = spec.key().orElseThrow(() -> new UserFacingException("Pick a batch: " + spec.column() + ":"
                + spec.grain().name().toLowerCase() + ":KEY, with KEY one of "
                + keys(list(runner, dialect, relation, spec.column(), spec.grain())) + "."));
        if (key.equals(BatchSpec.LATEST)) {
            List<Batch> batches = list(runner, dialect, relation, spec.column(), spec.grain());
            if (batches.isEmpty()) {
                throw new UserFacingException("There are no batches: " + spec.column() + " is empty.");
            }
            key = batches.get(batches.size() - 1).key();
        }
        // The key is checked against its grain's shape (digits and dashes), so it is safe inline.
        return relation.where(dialect.batchKey(dialect.quote(spec.column()), spec.grain()) + " = '" + key + "'",
                " [" + spec.column() + " " + key + "]");
    }

    private static List<String> keys(List<Batch> batches) {
        return batches.stream().map(Batch::key).toList();
    }
}
