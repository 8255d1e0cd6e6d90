package io.dataops.workbench.quality.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Builds a column's profile from the query results gathered for it. */
final class ColumnAssembly {

    private ColumnAssembly() {
    }

    static ColumnProfile column(ColumnSchema column, long rows, ColumnAggregates a, List<Double> quantiles,
                                List<HistogramBin> histogram, List<ValueCount> top, List<String> samples) {
        Optional<NumericStats> numeric = Optional.empty();
        if (column.kind() == ColumnKind.NUMERIC && a.nonNull() > 0 && a.sum() != null) {
            numeric = Optional.of(new NumericStats(a.sum(), a.mean(), Optional.ofNullable(a.stddev()),
                    quantileMap(quantiles), a.zeros(), a.negatives()));
        }
        Optional<TextStats> text = Optional.empty();
        if (column.kind() == ColumnKind.TEXT && a.nonNull() > 0 && a.minLength() != null) {
            text = Optional.of(new TextStats(a.minLength(), a.meanLength(), a.maxLength(), a.emptyStrings()));
        }
        OptionalLong distinct = a.distinct() == null ? OptionalLong.empty() : OptionalLong.of(a.distinct());
        SemanticType semantic = SemanticTypes.infer(column, a.nonNull(), a.distinct(), top, samples);
        return new ColumnProfile(column.name(), column.declaredType(), column.kind(), semantic, rows,
                rows - a.nonNull(), distinct, a.distinctApproximate(), Optional.ofNullable(a.min()),
                Optional.ofNullable(a.max()), numeric, text, histogram, top, samples);
    }

    private static Map<String, Double> quantileMap(List<Double> quantiles) {
        Map<String, Double> map = new LinkedHashMap<>();
        if (quantiles.size() == AggregateQuery.QUANTILES.size()) {
            for (int i = 0; i < quantiles.size(); i++) {
                map.put(String.valueOf(AggregateQuery.QUANTILES.get(i)), quantiles.get(i));
            }
        }
        return map;
    }
}
