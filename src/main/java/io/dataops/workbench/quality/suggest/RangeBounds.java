package io.dataops.workbench.quality.suggest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bounds around an observed range [min, max] with a margin (a share of its width, or of the value when the width
 * is zero), rounded outwards: to whole numbers for integral columns, else to a few significant digits of the width.
 * A range that was non-negative stays so.
 */
record RangeBounds(double low, double high) {

    static RangeBounds around(double min, double max, double margin, boolean integral) {
        double width = max - min;
        double basis = width > 0 ? width : Math.max(Math.abs(max), 1.0);
        double pad = Math.max(0, margin) * basis;
        double low = min - pad;
        double high = max + pad;
        if (min >= 0 && low < 0) {
            low = 0;
        }
        if (integral) {
            return new RangeBounds(Math.floor(low), Math.ceil(high));
        }
        int scale = Math.max(0, 3 - (int) Math.floor(Math.log10(basis)));
        return new RangeBounds(round(low, scale, RoundingMode.FLOOR), round(high, scale, RoundingMode.CEILING));
    }

    private static double round(double value, int scale, RoundingMode mode) {
        return BigDecimal.valueOf(value).setScale(scale, mode).doubleValue();
    }
}
