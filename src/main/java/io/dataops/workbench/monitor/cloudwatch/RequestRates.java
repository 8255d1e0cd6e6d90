package io.dataops.workbench.monitor.cloudwatch;

import com.google.common.util.concurrent.RateLimiter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * A client-side limiter that keeps each CloudWatch operation under its documented per-region request rate
 * (CloudWatch service quotas: GetMetricData 50/s, ListMetrics 25/s, DescribeAlarms 9/s, the alarm history
 * and change calls 3/s, dashboards 10/s, PutMetricData 500/s). It waits before every attempt, retries
 * included, so a burst of refreshes queues here instead of being throttled by AWS. One instance is shared by
 * every client of a region: the quotas are per account and region.
 */
public final class RequestRates implements ExecutionInterceptor {

    private static final double DEFAULT_RATE = 3;
    private static final Map<String, Double> RATES = Map.ofEntries(
            Map.entry("GetMetricData", 50.0),
            Map.entry("GetMetricStatistics", 400.0),
            Map.entry("ListMetrics", 25.0),
            Map.entry("PutMetricData", 500.0),
            Map.entry("DescribeAlarms", 9.0),
            Map.entry("DescribeAlarmHistory", 3.0),
            Map.entry("DescribeAlarmsForMetric", 3.0),
            Map.entry("PutMetricAlarm", 3.0),
            Map.entry("GetDashboard", 10.0),
            Map.entry("ListDashboards", 10.0),
            Map.entry("PutDashboard", 10.0));

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** The documented rate of an operation, requests per second. */
    public static double rate(String operation) {
        return RATES.getOrDefault(operation, DEFAULT_RATE);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        limiters.computeIfAbsent(operation == null ? "" : operation, op -> RateLimiter.create(rate(op))).acquire();
    }
}
