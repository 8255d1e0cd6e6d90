package io.dataops.workbench.quality.batch;

import io.dataops.workbench.quality.sql.TimeGrain;
import java.util.Optional;

/**
 * A batch of an asset split by a date/time column, as Great Expectations' batch definitions do:
 * {@code COLUMN:GRAIN:KEY} with GRAIN year, month or day and KEY like 2024, 2024-03, 2024-03-15 or
 * {@code latest}. Without a key it names the split only (to list its batches).
 */
public record BatchSpec(String column, TimeGrain grain, Optional<String> key) {

    public static final String LATEST = "latest";

    public BatchSpec {
        key.ifPresent(k -> {
            if (!k.equals(LATEST) && !grain.isKey(k)) {
                throw new IllegalArgumentException("'" + k + "' is not a " + grain.name().toLowerCase()
                        + " batch key (expected " + example(grain) + " or latest).");
            }
        });
    }

    public static BatchSpec parse(String text) {
        int first = text.indexOf(':');
        if (first <= 0) {
            throw new IllegalArgumentException("A batch is COLUMN:GRAIN[:KEY], e.g. payment_date:month:2024-03, not '"
                    + text + "'.");
        }
        String rest = text.substring(first + 1);
        int second = rest.indexOf(':');
        TimeGrain grain = TimeGrain.parse(second < 0 ? rest : rest.substring(0, second));
        Optional<String> key = second < 0 ? Optional.empty() : Optional.of(rest.substring(second + 1).trim());
        return new BatchSpec(text.substring(0, first).trim(), grain, key);
    }

    private static String example(TimeGrain grain) {
        return switch (grain) {
            case YEAR -> "2024";
            case MONTH -> "2024-03";
            case DAY -> "2024-03-15";
        };
    }
}
