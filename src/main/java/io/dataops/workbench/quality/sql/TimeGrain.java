package io.dataops.workbench.quality.sql;

import java.util.Locale;
import java.util.regex.Pattern;

/** The size of a time batch, with the shape of its key ("2024", "2024-03", "2024-03-15"). */
public enum TimeGrain {
    YEAR("\\d{4}"), MONTH("\\d{4}-\\d{2}"), DAY("\\d{4}-\\d{2}-\\d{2}");

    private final Pattern keyShape;

    TimeGrain(String keyShape) {
        this.keyShape = Pattern.compile(keyShape);
    }

    public boolean isKey(String key) {
        return keyShape.matcher(key).matches();
    }

    public static TimeGrain parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "year", "yearly" -> YEAR;
            case "month", "monthly" -> MONTH;
            case "day", "daily" -> DAY;
            default -> throw new IllegalArgumentException("Unknown batch grain '" + text
                    + "'; use year, month or day.");
        };
    }
}
