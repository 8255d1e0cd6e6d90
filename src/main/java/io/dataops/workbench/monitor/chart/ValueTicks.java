package io.dataops.workbench.monitor.chart;

import java.util.ArrayList;
import java.util.List;

/** Round tick values (1, 2, 5 times a power of ten) for a value axis, and a range that ends on ticks. */
public final class ValueTicks {

    private ValueTicks() {
    }

    /** The tick spacing for about {@code maxTicks} ticks over {@code [min, max]}. */
    public static double step(double min, double max, int maxTicks) {
        double span = max - min;
        if (!(span > 0) || maxTicks < 1) {
            return 1;
        }
        double raw = span / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Tick values from the step below {@code min} to the step above {@code max}. */
    public static List<Double> of(double min, double max, int maxTicks) {
        double step = step(min, max, maxTicks);
        List<Double> ticks = new ArrayList<>();
        double first = Math.floor(min / step) * step;
        for (int i = 0; i <= maxTicks * 3 && first + i * step <= max + step * 1e-9; i++) {
            ticks.add(first + i * step);
        }
        return ticks;
    }

    /** A short label: no trailing zeros, thousands as k and millions as M. */
    public static String label(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return trim(value / 1e9) + "G";
        }
        if (abs >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (abs >= 1e4) {
            return trim(value / 1e3) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String text = String.format(java.util.Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
