package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table's row count, widened by an adjustable margin (a share of the count) → table row count between. */
public final class RowCountRule implements TableSuggestionRule {

    public static final String ID = "row_count";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The table should keep about as many rows as seen: row count between, with a margin.";
    }

    @Override
    public List<Suggestion> suggest(TableProfile table, SuggestionOptions options) {
        long rows = table.rowCount();
        if (rows <= 0) {
            return List.of();
        }
        double margin = options.betweenMargin();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        long[] bounds = bounds(rows, margin);
        kwargs.put("min_value", bounds[0]);
        kwargs.put("max_value", bounds[1]);
        Suggestion.Adjuster adjuster = (current, params, changed) -> {
            if (!changed.equals("margin")) {
                return Suggestion.KWARGS.apply(current, params, changed);
            }
            long[] moved = bounds(rows, params.stream().filter(p -> p.name().equals("margin")).findFirst()
                    .orElseThrow().value());
            return current.with("min_value", moved[0]).with("max_value", moved[1]);
        };
        return List.of(Suggestion.of(ID, null, ExpectationConfig.of("expect_table_row_count_to_be_between", kwargs),
                        Observed.count(rows) + " rows", StatisticRef.of(StatisticRef.Kind.ROW_COUNT))
                .withParameters(adjuster, List.of(
                        new SuggestionParameter("margin", "Margin (share of the row count)", margin, 0, 1, 0.01, false),
                        new SuggestionParameter("min_value", "Minimum rows", bounds[0], 0, rows, 1, true),
                        new SuggestionParameter("max_value", "Maximum rows", bounds[1], rows,
                                Math.max(bounds[1], rows * 3), 1, true))));
    }

    static long[] bounds(long rows, double margin) {
        return new long[]{(long) Math.floor(rows * (1 - margin)), (long) Math.ceil(rows * (1 + margin))};
    }
}
