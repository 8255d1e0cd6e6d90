package io.dataops.workbench.monitor.store;

import io.dataops.workbench.monitor.metric.Statistic;
import java.util.Arrays;

/** What one period has accumulated, and its value for a statistic. Raw values are kept only for percentiles. */
final class PeriodValues {

    private final Aggregate aggregate = new Aggregate();
    private final boolean keepValues;
    private double[] values = new double[0];
    private int size;

    PeriodValues(boolean keepValues) {
        this.keepValues = keepValues;
        if (keepValues) {
            values = new double[16];
        }
    }

    void add(double value) {
        aggregate.add(value);
        if (keepValues) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    void addBucket(long count, double sum, double min, double max) {
        aggregate.merge(count, sum, min, max);
    }

    boolean isEmpty() {
        return aggregate.count == 0;
    }

    double value(Statistic statistic) {
        switch (statistic.kind()) {
            case AVERAGE: return aggregate.sum / aggregate.count;
            case SUM: return aggregate.sum;
            case MINIMUM: return aggregate.min;
            case MAXIMUM: return aggregate.max;
            case SAMPLE_COUNT: return aggregate.count;
            case PERCENTILE: return Percentile.nearestRank(values, size, statistic.percentile());
            default: throw new IllegalStateException("Unknown statistic " + statistic);
        }
    }
}
