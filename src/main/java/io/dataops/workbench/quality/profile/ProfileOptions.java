package io.dataops.workbench.quality.profile;

import java.util.OptionalLong;

/**
 * How to profile: {@code approximate} asks for approximate distinct counts (and quantiles and top values
 * where the engine has sketches) on large tables; {@code sampleRows} profiles only that many rows.
 */
public record ProfileOptions(boolean approximate, OptionalLong sampleRows) {

    public static final int HISTOGRAM_BINS = 20;
    public static final int TOP_VALUES = 10;
    public static final int SAMPLE_VALUES = 5;

    public static ProfileOptions exact() {
        return new ProfileOptions(false, OptionalLong.empty());
    }

    public ProfileOptions withApproximate(boolean value) {
        return new ProfileOptions(value, sampleRows);
    }

    public ProfileOptions withSampleRows(long rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("A sample needs at least one row, not " + rows);
        }
        return new ProfileOptions(approximate, OptionalLong.of(rows));
    }
}
