package io.dataops.workbench.quality.source;

import java.lang.management.ManagementFactory;
import java.util.regex.Pattern;

/**
 * Limits for embedded DuckDB, which runs inside the GUI process: {@code memoryLimit} in DuckDB's syntax
 * ("2GB", "512MB") and {@code threads}. The defaults leave a core and most of the memory to the UI.
 */
public record EngineSettings(String memoryLimit, int threads) {

    private static final Pattern MEMORY = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)");
    private static final long MB = 1024L * 1024;

    public EngineSettings {
        if (!MEMORY.matcher(memoryLimit.trim()).matches()) {
            throw new IllegalArgumentException("The DuckDB memory limit '" + memoryLimit
                    + "' is not a size like 512MB or 2GB.");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("DuckDB needs at least one thread, not " + threads);
        }
        memoryLimit = memoryLimit.trim().replace(" ", "");
    }

    /** A quarter of the machine's memory (between 256 MB and 4 GB), all cores but one. */
    public static EngineSettings defaults() {
        long total = physicalMemory();
        long limit = Math.max(256 * MB, Math.min(4096 * MB, total / 4));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new EngineSettings((limit / MB) + "MB", threads);
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 4096 * MB;
    }
}
