package io.dataops.workbench.quality.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Infers what a column holds from its declared type, its distinct count and the values already fetched
 * (top values and samples): no extra query. Text columns are judged by whether all seen values match.
 */
final class SemanticTypes {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://\\S+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?.*)?");
    private static final int CATEGORICAL_MAX_DISTINCT = 20;

    private SemanticTypes() {
    }

    static SemanticType infer(ColumnSchema column, long nonNull, Long distinct, List<ValueCount> top,
                              List<String> samples) {
        if (nonNull == 0) {
            return SemanticType.EMPTY;
        }
        String type = column.declaredType().toUpperCase(Locale.ROOT);
        return switch (column.kind()) {
            case NUMERIC -> numeric(column, type, nonNull, distinct);
            case TEMPORAL -> type.equals("DATE") ? SemanticType.DATE : SemanticType.TIMESTAMP;
            case BOOLEAN -> SemanticType.BOOLEAN;
            case TEXT -> text(values(top, samples), nonNull, distinct);
            case OTHER -> SemanticType.OTHER;
        };
    }

    private static SemanticType numeric(ColumnSchema column, String type, long nonNull, Long distinct) {
        boolean integer = type.contains("INT") || type.equals("SMALLINT");
        String name = column.name().toLowerCase(Locale.ROOT);
        boolean looksLikeKey = name.equals("id") || name.endsWith("_id") || name.endsWith("id") && name.length() > 2;
        if (integer && looksLikeKey && distinct != null && distinct == nonNull && nonNull > 1) {
            return SemanticType.IDENTIFIER;
        }
        return integer ? SemanticType.INTEGER : SemanticType.DECIMAL;
    }

    private static SemanticType text(List<String> values, long nonNull, Long distinct) {
        List<String> nonEmpty = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return SemanticType.TEXT;
        }
        if (all(nonEmpty, v -> UUID.matcher(v).matches())) {
            return SemanticType.UUID;
        }
        if (all(nonEmpty, v -> EMAIL.matcher(v).matches())) {
            return SemanticType.EMAIL;
        }
        if (all(nonEmpty, v -> URL.matcher(v).matches())) {
            return SemanticType.URL;
        }
        long numbers = nonEmpty.stream().filter(v -> NUMBER.matcher(v).matches()).count();
        if (numbers == nonEmpty.size()) {
            return SemanticType.NUMERIC_TEXT;
        }
        if (numbers > 0) {
            return SemanticType.MIXED;
        }
        if (all(nonEmpty, v -> DATE.matcher(v).matches())) {
            return SemanticType.DATE_TEXT;
        }
        if (distinct != null && distinct <= CATEGORICAL_MAX_DISTINCT && distinct < nonNull) {
            return SemanticType.CATEGORICAL;
        }
        return SemanticType.TEXT;
    }

    private static List<String> values(List<ValueCount> top, List<String> samples) {
        List<String> values = new ArrayList<>(samples);
        top.forEach(t -> values.add(t.value()));
        return values;
    }

    private static boolean all(List<String> values, Predicate<String> test) {
        return values.stream().allMatch(test);
    }
}
