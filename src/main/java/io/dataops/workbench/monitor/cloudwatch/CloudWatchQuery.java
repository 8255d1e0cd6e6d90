package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of a GetMetricData call as the user composes it: a metric's statistic, or an expression (metric
 * math over the ids of other entries of the same call, a {@code SEARCH(...)}, or a Metrics Insights
 * {@code SELECT ...} query). {@code returnData} false keeps an entry out of the answer (a metric only used
 * by an expression). Ids start with a lower-case letter, then letters, digits and underscores, as CloudWatch
 * requires.
 */
public sealed interface CloudWatchQuery permits CloudWatchQuery.MetricStatQuery, CloudWatchQuery.ExpressionQuery {

    Pattern ID = Pattern.compile("[a-z][A-Za-z0-9_]{0,254}");

    String id();

    Optional<String> label();

    boolean returnData();

    /** One statistic of one metric; percentiles ({@code p99}, {@code p99.9}) pass through as CloudWatch writes them. */
    record MetricStatQuery(String id, MetricId metric, Statistic statistic, Duration period, Optional<String> label,
                           boolean returnData) implements CloudWatchQuery {

        public MetricStatQuery {
            checkId(id);
            if (period == null || period.toSeconds() < 1) {
                throw new UserFacingException("The query '" + id + "' needs a period of at least 1 second.");
            }
            label = label == null ? Optional.empty() : label;
        }

        public static MetricStatQuery of(String id, MetricId metric, Statistic statistic, Duration period) {
            return new MetricStatQuery(id, metric, statistic, period, Optional.empty(), true);
        }
    }

    /**
     * Metric math, SEARCH or Metrics Insights. The period is required for Insights queries and optional for
     * math (CloudWatch then uses the periods of the metrics it refers to).
     */
    record ExpressionQuery(String id, String expression, Optional<String> label, Optional<Duration> period,
                           boolean returnData) implements CloudWatchQuery {

        public ExpressionQuery {
            checkId(id);
            if (expression == null || expression.isBlank()) {
                throw new UserFacingException("The expression of query '" + id + "' is empty: give metric math such"
                        + " as m1 * 100, a SEARCH(...) or a Metrics Insights SELECT query.");
            }
            label = label == null ? Optional.empty() : label;
            period = period == null ? Optional.empty() : period;
        }

        public static ExpressionQuery of(String id, String expression) {
            return new ExpressionQuery(id, expression, Optional.empty(), Optional.empty(), true);
        }

        /** A Metrics Insights query ({@code SELECT AVG(CPUUtilization) FROM ...}), not math or SEARCH. */
        public boolean insights() {
            return expression.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT ");
        }
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new UserFacingException("'" + id + "' is not a valid CloudWatch query id: start with a lower-case"
                    + " letter, then letters, digits or underscores (e.g. m1, errors_rate).");
        }
    }
}
