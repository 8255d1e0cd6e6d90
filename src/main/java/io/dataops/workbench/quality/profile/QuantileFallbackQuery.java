package io.dataops.workbench.quality.profile;

import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Continuous quantiles for engines without a percentile aggregate (SQLite): numbers the sorted non-null
 * values with ROW_NUMBER, fetches only the rows around each quantile's position and interpolates
 * between them exactly as {@code quantile_cont}/{@code percentile_cont} do.
 */
final class QuantileFallbackQuery {

    private QuantileFallbackQuery() {
    }

    static List<Double> run(QueryRunner runner, Dialect dialect, Relation relation, String column, long nonNull,
                            List<Double> fractions) {
        if (nonNull == 0) {
            return List.of();
        }
        Set<Long> rowNumbers = new LinkedHashSet<>();
        for (double fraction : fractions) {
            double position = fraction * (nonNull - 1);
            rowNumbers.add((long) Math.floor(position) + 1);
            rowNumbers.add((long) Math.ceil(position) + 1);
        }
        String c = dialect.quote(column);
        String sql = "SELECT rn, v FROM (SELECT " + dialect.toDouble(c) + " AS v, ROW_NUMBER() OVER (ORDER BY "
                + dialect.toDouble(c) + ") AS rn FROM " + relation.fromItem() + " WHERE " + c + " IS NOT NULL) ranked"
                + " WHERE rn IN (" + rowNumbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        Map<Long, Double> values = runner.query(sql, result -> {
            Map<Long, Double> byRow = new TreeMap<>();
            while (result.next()) {
                byRow.put(result.getLong(1), result.getDouble(2));
            }
            return byRow;
        });
        List<Double> quantiles = new ArrayList<>();
        for (double fraction : fractions) {
            double position = fraction * (nonNull - 1);
            double below = values.get((long) Math.floor(position) + 1);
            double above = values.get((long) Math.ceil(position) + 1);
            quantiles.add(below + (position - Math.floor(position)) * (above - below));
        }
        return quantiles;
    }
}
