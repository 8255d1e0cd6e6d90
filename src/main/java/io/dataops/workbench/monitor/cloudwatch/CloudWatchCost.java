package io.dataops.workbench.monitor.cloudwatch;

import java.time.Duration;

/**
 * What refreshing a dashboard costs: GetMetricData is billed per metric requested (US$0.01 per 1,000 metrics
 * in us-east-1 and most regions), so the cost per hour is the metrics asked for per refresh times the
 * refreshes per hour. A refresh that hits the series cache asks for nothing and costs nothing.
 */
public record CloudWatchCost(long metricsPerRefresh, Duration refreshEvery, long metricsPerHour, double dollarsPerHour) {

    /** US dollars per metric requested through GetMetricData. */
    public static final double DOLLARS_PER_METRIC = 0.01 / 1000;

    public static CloudWatchCost of(long metricsPerRefresh, Duration refreshEvery) {
        if (refreshEvery == null || refreshEvery.isZero() || refreshEvery.isNegative()) {
            return new CloudWatchCost(metricsPerRefresh, Duration.ZERO, 0, 0);
        }
        double refreshesPerHour = 3_600_000.0 / refreshEvery.toMillis();
        long perHour = Math.round(metricsPerRefresh * refreshesPerHour);
        return new CloudWatchCost(metricsPerRefresh, refreshEvery, perHour, perHour * DOLLARS_PER_METRIC);
    }

    /** "≈ $0.36/hour (36,000 metrics/hour at 10 s)", or what one manual refresh costs when refresh is off. */
    public String describe() {
        if (refreshEvery.isZero()) {
            return String.format(java.util.Locale.ROOT, "$%.5f per refresh (%,d metrics); auto-refresh off",
                    metricsPerRefresh * DOLLARS_PER_METRIC, metricsPerRefresh);
        }
        return String.format(java.util.Locale.ROOT, "≈ %s/hour (%,d metrics/hour at every %ds)",
                dollars(dollarsPerHour), metricsPerHour, refreshEvery.toSeconds());
    }

    /** "$0.36", or two significant digits under a cent ("$0.0012") so a small dashboard does not read "$0.00". */
    public static String dollars(double amount) {
        if (amount == 0 || amount >= 0.01) {
            return String.format(java.util.Locale.ROOT, "$%.2f", amount);
        }
        return "$" + new java.math.BigDecimal(amount).round(new java.math.MathContext(2)).toPlainString();
    }
}
