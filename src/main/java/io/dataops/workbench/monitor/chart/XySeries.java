package io.dataops.workbench.monitor.chart;

import io.dataops.workbench.monitor.metric.Datapoint;
import java.util.Arrays;
import java.util.List;

/**
 * A series as primitive arrays, x ascending (epoch milliseconds for time series): a million boxed
 * datapoints cost too much to walk on every frame. The arrays are owned by the series; do not change them.
 */
public record XySeries(double[] x, double[] y) {

    public XySeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
    }

    public static XySeries of(List<Datapoint> datapoints) {
        double[] x = new double[datapoints.size()];
        double[] y = new double[datapoints.size()];
        for (int i = 0; i < x.length; i++) {
            Datapoint point = datapoints.get(i);
            x[i] = point.timestamp().toEpochMilli();
            y[i] = point.value();
        }
        return new XySeries(x, y);
    }

    public int size() {
        return x.length;
    }

    /**
     * The index range {@code [from, to)} of the points inside {@code [xMin, xMax]}, widened by one point on
     * each side so a line drawn from it reaches the edges of the visible range.
     */
    public int[] visibleRange(double xMin, double xMax) {
        int from = lowerBound(xMin);
        int to = upperBound(xMax);
        return new int[] {Math.max(0, from - 1), Math.min(x.length, to + 1)};
    }

    /** The index of the point nearest to {@code value} in x, or -1 for an empty series. */
    public int nearestIndex(double value) {
        if (x.length == 0) {
            return -1;
        }
        int index = lowerBound(value);
        if (index >= x.length) {
            return x.length - 1;
        }
        if (index > 0 && value - x[index - 1] <= x[index] - value) {
            return index - 1;
        }
        return index;
    }

    /** The first index whose x is at least {@code value}. */
    int lowerBound(double value) {
        int index = Arrays.binarySearch(x, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && x[index - 1] == value) {
            index--;
        }
        return index;
    }

    /** The first index whose x is greater than {@code value}. */
    int upperBound(double value) {
        int index = Arrays.binarySearch(x, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index < x.length && x[index] == value) {
            index++;
        }
        return index;
    }
}
