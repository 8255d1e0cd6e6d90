package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.ValueCount;
import java.util.Optional;

/**
 * A statistic of a column profile that a suggestion came from, or that the user selected in the profile view
 * (a null ratio, a histogram bin, a top value) to ask what expectations fit it.
 */
public record StatisticRef(Kind kind, Optional<HistogramBin> bin, Optional<ValueCount> value) {

    public enum Kind {
        ROW_COUNT, COLUMNS, NULL_RATIO, DISTINCT_COUNT, RANGE, HISTOGRAM_BIN, TOP_VALUE, TOP_VALUES, TYPE, PATTERN,
        ORDER, NEWEST_VALUE, TEXT_LENGTH
    }

    public static StatisticRef of(Kind kind) {
        return new StatisticRef(kind, Optional.empty(), Optional.empty());
    }

    public static StatisticRef bin(HistogramBin bin) {
        return new StatisticRef(Kind.HISTOGRAM_BIN, Optional.of(bin), Optional.empty());
    }

    public static StatisticRef topValue(ValueCount value) {
        return new StatisticRef(Kind.TOP_VALUE, Optional.empty(), Optional.of(value));
    }
}
