package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.ResultFormat.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result object of a map expectation exactly as Great Expectations' {@code _format_map_output} builds it:
 * which keys appear at each result_format level, missing_* only when the non-null count is known, the
 * percentages (unexpected_percent is of the non-missing rows) and partial_unexpected_counts from the
 * unexpected values it has, most common first.
 */
public final class MapResults {

    private MapResults() {
    }

    /** GX's _mostly_success: (considered - unexpected) / considered >= mostly. */
    public static boolean mostlySuccess(long considered, long unexpected, double mostly) {
        return ((double) considered - (double) unexpected) / (double) considered >= mostly;
    }

    public static Map<String, Object> format(ResultFormat format, long elementCount, Long nonnullCount,
                                             long unexpectedCount, List<Object> unexpectedList,
                                             List<Object> unexpectedIndexList, List<Object> unexpectedRows) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (format.level() == Level.BOOLEAN_ONLY) {
            return result;
        }
        boolean skipMissing = nonnullCount == null;
        Long missingCount = skipMissing ? null : elementCount - nonnullCount;
        Double missingPercent = null;
        Double unexpectedPercentTotal = null;
        Double unexpectedPercentNonmissing = null;
        if (elementCount > 0) {
            unexpectedPercentTotal = unexpectedCount * 100.0 / elementCount;
            if (!skipMissing) {
                missingPercent = missingCount * 100.0 / elementCount;
                unexpectedPercentNonmissing = nonnullCount > 0 ? unexpectedCount * 100.0 / nonnullCount : null;
            } else {
                unexpectedPercentNonmissing = unexpectedPercentTotal;
            }
        }
        result.put("element_count", elementCount);
        result.put("unexpected_count", unexpectedCount);
        result.put("unexpected_percent", unexpectedPercentNonmissing);
        if (unexpectedList != null) {
            result.put("partial_unexpected_list", head(unexpectedList, format.partialUnexpectedCount()));
        }
        if (!format.unexpectedIndexColumnNames().isEmpty()) {
            result.put("unexpected_index_column_names", format.unexpectedIndexColumnNames());
        }
        if (!skipMissing) {
            result.put("missing_count", missingCount);
            result.put("missing_percent", missingPercent);
            result.put("unexpected_percent_total", unexpectedPercentTotal);
            result.put("unexpected_percent_nonmissing", unexpectedPercentNonmissing);
        }
        if (format.includeUnexpectedRows()) {
            result.put("unexpected_rows", unexpectedRows == null ? List.of() : unexpectedRows);
        }
        if (format.level() == Level.BASIC) {
            return result;
        }
        if (unexpectedList != null && format.partialUnexpectedCount() > 0) {
            result.put("partial_unexpected_counts", counts(unexpectedList, format.partialUnexpectedCount()));
        }
        if (unexpectedIndexList != null && format.partialUnexpectedCount() > 0) {
            result.put("partial_unexpected_index_list", head(unexpectedIndexList, format.partialUnexpectedCount()));
        }
        if (format.level() == Level.SUMMARY) {
            return result;
        }
        if (unexpectedList != null) {
            result.put("unexpected_list", unexpectedList);
        }
        if (unexpectedIndexList != null) {
            result.put("unexpected_index_list", unexpectedIndexList);
        }
        return result;
    }

    private static List<Object> head(List<Object> list, int count) {
        return new ArrayList<>(list.subList(0, Math.min(count, list.size())));
    }

    /**
     * Counter(values).most_common(n) sorted by (-count, value): ties at the cut keep the first seen, as
     * Python's Counter does. Rows of several columns count as tuples of their values.
     */
    static List<Object> counts(List<Object> values, int top) {
        Map<Object, Long> counted = new LinkedHashMap<>();
        Map<Object, Object> shown = new LinkedHashMap<>();
        for (Object value : values) {
            Object key = value instanceof Map<?, ?> row ? new ArrayList<>(row.values()) : value;
            Object hashKey = hashKey(key);
            counted.merge(hashKey, 1L, Long::sum);
            shown.putIfAbsent(hashKey, key);
        }
        List<Map.Entry<Object, Long>> entries = new ArrayList<>(counted.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Object, Long> e) -> -e.getValue()));
        List<Map.Entry<Object, Long>> kept = new ArrayList<>(entries.subList(0, Math.min(top, entries.size())));
        kept.sort(Comparator.comparing((Map.Entry<Object, Long> e) -> -e.getValue())
                .thenComparing(e -> shown.get(e.getKey()), Values.ORDER));
        List<Object> out = new ArrayList<>();
        for (Map.Entry<Object, Long> entry : kept) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", shown.get(entry.getKey()));
            item.put("count", entry.getValue());
            out.add(item);
        }
        return out;
    }

    /** Python hashes 1 and 1.0 alike: count numbers by value. */
    private static Object hashKey(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MapResults::hashKey).toList();
        }
        return value == null ? "\u0000null" : value;
    }
}
