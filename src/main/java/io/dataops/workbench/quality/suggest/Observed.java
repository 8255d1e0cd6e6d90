package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.ProfileMasking;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** Reading a profile's values the way the rules need them: numbers, whole numbers, fractions rounded down. */
final class Observed {

    private Observed() {
    }

    /** "3,201". */
    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** "99.6%". */
    static String percent(double fraction) {
        return String.format(Locale.US, "%.1f%%", fraction * 100);
    }

    /** A fraction rounded down to two decimals (0.996 → 0.99), so a mostly never asks more than was observed. */
    static double floor2(double fraction) {
        return Math.floor(fraction * 100 + 1e-9) / 100;
    }

    static Optional<Double> number(Optional<String> text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.get().trim());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a numeric column holds whole numbers: an integer declared type, or min and max without a fraction. */
    static boolean integral(ColumnProfile column) {
        String type = column.declaredType().toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return true;
        }
        if (type.contains("DOUBLE") || type.contains("FLOAT") || type.contains("REAL")) {
            return false;
        }
        boolean decimalType = type.startsWith("DECIMAL") || type.startsWith("NUMERIC");
        if (decimalType && type.matches("\\w+\\(\\s*\\d+\\s*,\\s*0\\s*\\)")) {
            return true;
        }
        return !decimalType && column.min().map(Observed::wholeText).orElse(false)
                && column.max().map(Observed::wholeText).orElse(false);
    }

    private static boolean wholeText(String text) {
        return text.trim().matches("-?\\d+");
    }

    /** A JSON number for a kwarg: a long for whole numbers of an integral column, else a double. */
    static Object kwargNumber(double value, boolean integral) {
        if (integral) {
            return (long) value;
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() <= 0 && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    static boolean numeric(ColumnProfile column) {
        return column.kind() == ColumnKind.NUMERIC;
    }

    /** Whether values were replaced for sensitive data: such a profile cannot propose value sets or patterns. */
    static boolean masked(ColumnProfile column) {
        return column.topValues().stream().anyMatch(v -> v.value().equals(ProfileMasking.MASK))
                || column.sampleValues().stream().anyMatch(v -> v.equals(ProfileMasking.MASK));
    }

    /** A value of the column as a JSON value of its kind: a number for numeric columns, else the text. */
    static Object typedValue(ColumnProfile column, String text) {
        if (column.kind() == ColumnKind.NUMERIC) {
            Optional<Double> n = number(Optional.of(text));
            if (n.isPresent()) {
                return kwargNumber(n.get(), integral(column));
            }
        }
        if (column.kind() == ColumnKind.BOOLEAN) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Boolean.parseBoolean(t);
            }
        }
        return text;
    }
}
