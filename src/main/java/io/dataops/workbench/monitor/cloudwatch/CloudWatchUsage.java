package io.dataops.workbench.monitor.cloudwatch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the GetMetricData calls of a source have cost so far: calls sent (every NextToken page is a call),
 * metrics requested (what AWS bills, {@link CloudWatchCost#DOLLARS_PER_METRIC} each; expressions are not
 * counted, as what a SEARCH or Insights query reads is only known to AWS), and series answered from the
 * cache without a call.
 */
public final class CloudWatchUsage {

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong metricsRequested = new AtomicLong();
    private final AtomicLong seriesFromCache = new AtomicLong();

    public long calls() {
        return calls.get();
    }

    public long metricsRequested() {
        return metricsRequested.get();
    }

    public long seriesFromCache() {
        return seriesFromCache.get();
    }

    /** US dollars billed for the metrics requested so far. */
    public double dollars() {
        return metricsRequested.get() * CloudWatchCost.DOLLARS_PER_METRIC;
    }

    public void reset() {
        calls.set(0);
        metricsRequested.set(0);
        seriesFromCache.set(0);
    }

    void recordCall(int metrics) {
        calls.incrementAndGet();
        metricsRequested.addAndGet(metrics);
    }

    void recordFromCache() {
        seriesFromCache.incrementAndGet();
    }

    @Override
    public String toString() {
        return calls() + " GetMetricData calls, " + metricsRequested() + " metrics requested, " + seriesFromCache()
                + " series from the cache";
    }
}
