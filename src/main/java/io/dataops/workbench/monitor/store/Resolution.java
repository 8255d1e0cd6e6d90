package io.dataops.workbench.monitor.store;

/** The roll-up tables: which bucket width each one keeps. */
enum Resolution {
    MINUTE("metric_rollup_1m", 60_000L),
    HOUR("metric_rollup_1h", 3_600_000L);

    final String table;
    final long millis;

    Resolution(String table, long millis) {
        this.table = table;
        this.millis = millis;
    }

    long bucketOf(long epochMillis) {
        return Math.floorDiv(epochMillis, millis) * millis;
    }
}
