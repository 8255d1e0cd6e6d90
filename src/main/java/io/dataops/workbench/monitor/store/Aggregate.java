package io.dataops.workbench.monitor.store;

/** Count, sum, min and max of some samples: what a roll-up row keeps, and what one period accumulates. */
final class Aggregate {

    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    void add(double value) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    void merge(long otherCount, double otherSum, double otherMin, double otherMax) {
        count += otherCount;
        sum += otherSum;
        min = Math.min(min, otherMin);
        max = Math.max(max, otherMax);
    }
}
