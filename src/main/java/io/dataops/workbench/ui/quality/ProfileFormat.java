package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.HistogramBin;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How profile numbers read in the UI: grouped counts, percentages, short numbers, times and ranges. */
public final class ProfileFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC);

    private ProfileFormat() {
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** 0.1234 as "12.3 %"; tiny non-zero shares are not rounded to zero, so a single null still shows. */
    public static String percent(double ratio) {
        if (ratio > 0 && ratio < 0.001) {
            return "< 0.1 %";
        }
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** Up to four significant decimals, no exponent for everyday sizes. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        if (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-4) {
            return String.format(Locale.ROOT, "%.4g", value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** "min \u2026 max", or a dash when the column has no values to order. */
    public static String range(ColumnProfile column) {
        if (column.min().isEmpty() && column.max().isEmpty()) {
            return "\u2014";
        }
        return column.min().orElse("?") + " \u2026 " + column.max().orElse("?");
    }

    /** The distinct share, "≈" in front when the count is approximate. */
    public static String distinct(ColumnProfile column) {
        return column.uniqueRatio().map(r -> (column.distinctIsApproximate() ? "\u2248 " : "") + percent(r))
                .orElse("\u2014");
    }

    /** A bin's lower bound as the axis shows it: dates for date/time columns (stored as epoch seconds). */
    public static String binLabel(ColumnProfile column, HistogramBin bin) {
        if (column.kind() == ColumnKind.TEMPORAL) {
            return DATE.format(Instant.ofEpochSecond((long) bin.low()));
        }
        double low = bin.low();
        if (low == Math.rint(low) || Math.abs(low) < 1e-4 || Math.abs(low) >= 1e15) {
            return number(low);
        }
        // Four significant digits are enough to tell the bins apart on an axis.
        return new java.math.BigDecimal(low).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
