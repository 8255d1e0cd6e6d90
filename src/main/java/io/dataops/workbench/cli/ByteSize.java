package io.dataops.workbench.cli;

import java.util.Locale;

/** Sizes as people read them: {@code 1.4 MB (1468006 bytes)}. */
final class ByteSize {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, UNITS[unit], bytes);
    }
}
