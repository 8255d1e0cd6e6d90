package io.dataops.workbench.monitor.chart;

/**
 * Reduces a series to what the pixels can show, before it is drawn and again for each zoom or pan: a noisy
 * series of a million points takes seconds per frame to stroke under software rendering, a few thousand
 * take a millisecond.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * Min/max per pixel column: of the points falling in each of {@code columns} equal slices of
     * {@code [xMin, xMax]}, keeps the first, the lowest, the highest and the last, in their original order.
     * A line through the result covers exactly the pixels the full series covers, so spikes are never lost.
     * Points left or right of the range (the one-point margins of {@link XySeries#visibleRange}) go into the
     * edge columns. At most {@code 4 * columns} points.
     */
    public static Decimated minMax(XySeries series, int from, int to, double xMin, double xMax, int columns) {
        int count = Math.max(0, to - from);
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1: " + columns);
        }
        if (count <= 4L * columns) {
            return copy(series, from, to);
        }
        double[] xs = series.x();
        double[] ys = series.y();
        double[] outX = new double[4 * columns];
        double[] outY = new double[4 * columns];
        double scale = xMax > xMin ? columns / (xMax - xMin) : 0;
        int size = 0;
        int i = from;
        while (i < to) {
            int column = column(xs[i], xMin, scale, columns);
            int first = i;
            int min = i;
            int max = i;
            int last = i;
            i++;
            while (i < to && column(xs[i], xMin, scale, columns) == column) {
                if (ys[i] < ys[min]) {
                    min = i;
                }
                if (ys[i] > ys[max]) {
                    max = i;
                }
                last = i;
                i++;
            }
            size = appendInOrder(xs, ys, outX, outY, size, first, min, max, last);
        }
        return new Decimated(outX, outY, size);
    }

    /**
     * Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the first and the last point and, from each of
     * {@code threshold - 2} buckets between them, the point making the largest triangle with the point kept
     * before it and the average of the next bucket. Keeps the shape for smooth series at far fewer points
     * than min/max, at the cost of single-point spikes.
     */
    public static Decimated lttb(XySeries series, int from, int to, int threshold) {
        int count = Math.max(0, to - from);
        if (threshold >= count || threshold < 3) {
            return threshold < 3 && count > threshold ? endsOnly(series, from, to, threshold) : copy(series, from, to);
        }
        double[] xs = series.x();
        double[] ys = series.y();
        double[] outX = new double[threshold];
        double[] outY = new double[threshold];
        double bucket = (double) (count - 2) / (threshold - 2);
        int kept = from;
        outX[0] = xs[kept];
        outY[0] = ys[kept];
        int size = 1;
        for (int b = 0; b < threshold - 2; b++) {
            int start = from + 1 + (int) Math.floor(b * bucket);
            int end = from + 1 + (int) Math.floor((b + 1) * bucket);
            int nextStart = end;
            int nextEnd = Math.min(to, from + 1 + (int) Math.floor((b + 2) * bucket));
            if (b == threshold - 3) {
                nextStart = to - 1;
                nextEnd = to;
            }
            double avgX = 0;
            double avgY = 0;
            for (int j = nextStart; j < nextEnd; j++) {
                avgX += xs[j];
                avgY += ys[j];
            }
            int n = Math.max(1, nextEnd - nextStart);
            avgX /= n;
            avgY /= n;
            double largest = -1;
            int chosen = start;
            for (int j = start; j < end; j++) {
                double area = Math.abs((xs[kept] - avgX) * (ys[j] - ys[kept]) - (xs[kept] - xs[j]) * (avgY - ys[kept]));
                if (area > largest) {
                    largest = area;
                    chosen = j;
                }
            }
            outX[size] = xs[chosen];
            outY[size] = ys[chosen];
            size++;
            kept = chosen;
        }
        outX[size] = xs[to - 1];
        outY[size] = ys[to - 1];
        size++;
        return new Decimated(outX, outY, size);
    }

    private static int column(double x, double xMin, double scale, int columns) {
        int column = (int) ((x - xMin) * scale);
        return column < 0 ? 0 : Math.min(column, columns - 1);
    }

    private static int appendInOrder(double[] xs, double[] ys, double[] outX, double[] outY, int size,
                                     int first, int min, int max, int last) {
        int low = Math.min(min, max);
        int high = Math.max(min, max);
        int[] order = {first, low, high, last};
        int previous = -1;
        for (int index : order) {
            if (index != previous) {
                outX[size] = xs[index];
                outY[size] = ys[index];
                size++;
                previous = index;
            }
        }
        return size;
    }

    private static Decimated copy(XySeries series, int from, int to) {
        int count = Math.max(0, to - from);
        double[] x = new double[count];
        double[] y = new double[count];
        System.arraycopy(series.x(), from, x, 0, count);
        System.arraycopy(series.y(), from, y, 0, count);
        return new Decimated(x, y, count);
    }

    private static Decimated endsOnly(XySeries series, int from, int to, int threshold) {
        double[] x = {series.x()[from], series.x()[to - 1]};
        double[] y = {series.y()[from], series.y()[to - 1]};
        return new Decimated(x, y, Math.max(0, Math.min(2, threshold)));
    }
}
