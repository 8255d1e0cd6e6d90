package io.dataops.workbench.monitor.dashboard;

/**
 * CloudWatch's 24-column grid against our {@value Dashboard#COLUMNS}. Both edges of a widget are scaled
 * and rounded the same way, so widgets that touched on CloudWatch still touch here and none overlaps
 * more than it did; a widget keeps at least one cell and stays inside the grid.
 */
final class CloudWatchGrid {

    static final int COLUMNS = 24;
    static final int SCALE = COLUMNS / Dashboard.COLUMNS;

    private CloudWatchGrid() {
    }

    /** {start, size} on our grid for a span on CloudWatch's; {@code limit} caps the end (0: none). */
    static int[] toOurs(int start, int size, int limit) {
        int from = half(Math.max(0, start));
        int to = half(Math.max(0, start) + Math.max(1, size));
        int length = Math.max(1, to - from);
        if (limit > 0) {
            length = Math.min(length, limit);
            from = Math.min(from, limit - length);
        }
        return new int[] {from, length};
    }

    private static int half(int value) {
        return (value + SCALE / 2) / SCALE;
    }
}
