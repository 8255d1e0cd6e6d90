package io.dataops.workbench.monitor.alarm;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.Statistic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** PutMetricAlarm's rules for a static-threshold metric alarm, each broken rule one plain sentence. */
public final class AlarmValidation {

    private static final Set<String> NAMED_STATISTICS = Set.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");
    private static final int ONE_DAY = 86_400;
    private static final int ONE_WEEK = 7 * ONE_DAY;

    private AlarmValidation() {
    }

    /** Every problem of {@code alarm}; empty when PutMetricAlarm would accept it. */
    public static List<String> problems(AlarmDefinition alarm) {
        List<String> problems = new ArrayList<>();
        requireName(problems, "AlarmName", alarm.alarmName());
        if (alarm.alarmName() != null && !alarm.alarmName().chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            problems.add("AlarmName must contain only printable ASCII characters.");
        }
        if (alarm.alarmDescription() != null && alarm.alarmDescription().length() > 1024) {
            problems.add("AlarmDescription is longer than 1024 characters.");
        }
        requireName(problems, "Namespace", alarm.namespace());
        requireName(problems, "MetricName", alarm.metricName());
        statistic(problems, alarm);
        period(problems, alarm);
        counts(problems, alarm);
        if (alarm.threshold() == null || !Double.isFinite(alarm.threshold())) {
            problems.add("Threshold is missing: give the number the statistic is compared with.");
        }
        if (alarm.comparisonOperator() == null) {
            problems.add("ComparisonOperator is missing: use GreaterThanOrEqualToThreshold, GreaterThanThreshold,"
                    + " LessThanThreshold or LessThanOrEqualToThreshold.");
        }
        dimensions(problems, alarm.dimensions());
        return problems;
    }

    /** Throws a {@link UserFacingException} naming every problem, prefixed by {@code where} (a file name). */
    public static AlarmDefinition requireValid(AlarmDefinition alarm, String where) {
        List<String> problems = problems(alarm);
        if (!problems.isEmpty()) {
            throw new UserFacingException("The alarm in " + where + " is not valid:\n  - "
                    + String.join("\n  - ", problems));
        }
        return alarm;
    }

    private static void requireName(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing.");
        } else if (value.length() > 255) {
            problems.add(field + " is longer than 255 characters.");
        }
    }

    private static void statistic(List<String> problems, AlarmDefinition alarm) {
        if (alarm.statistic() == null && alarm.extendedStatistic() == null) {
            problems.add("Give either Statistic (SampleCount, Average, Sum, Minimum, Maximum) or ExtendedStatistic"
                    + " (a percentile such as p99).");
        } else if (alarm.statistic() != null && alarm.extendedStatistic() != null) {
            problems.add("Give Statistic or ExtendedStatistic, not both.");
        } else if (alarm.statistic() != null && !NAMED_STATISTICS.contains(alarm.statistic())) {
            problems.add("Statistic '" + alarm.statistic() + "' is not one of SampleCount, Average, Sum, Minimum,"
                    + " Maximum (percentiles go in ExtendedStatistic).");
        } else if (alarm.extendedStatistic() != null) {
            try {
                if (!Statistic.parse(alarm.extendedStatistic()).isPercentile()) {
                    problems.add("ExtendedStatistic '" + alarm.extendedStatistic() + "' must be a percentile such as"
                            + " p99 (named statistics go in Statistic).");
                }
            } catch (IllegalArgumentException e) {
                problems.add("ExtendedStatistic '" + alarm.extendedStatistic() + "' is not a percentile such as p99"
                        + " or p99.9.");
            }
        }
    }

    private static void period(List<String> problems, AlarmDefinition alarm) {
        Integer period = alarm.period();
        if (period == null) {
            problems.add("Period is missing: give the length of one datapoint in seconds (60 or a multiple of 60;"
                    + " 10, 20 or 30 for high-resolution alarms).");
        } else if (!(period == 10 || period == 20 || period == 30 || (period > 0 && period % 60 == 0))) {
            problems.add("Period " + period + " s is not allowed: use 10, 20 or 30 (high resolution) or a multiple"
                    + " of 60.");
        }
    }

    private static void counts(List<String> problems, AlarmDefinition alarm) {
        Integer n = alarm.evaluationPeriods();
        if (n == null || n < 1) {
            problems.add("EvaluationPeriods must be at least 1.");
            return;
        }
        Integer m = alarm.datapointsToAlarm();
        if (m != null && (m < 1 || m > n)) {
            problems.add("DatapointsToAlarm (" + m + ") must be between 1 and EvaluationPeriods (" + n + ").");
        }
        Integer period = alarm.period();
        if (period != null && period > 0) {
            long span = (long) period * n;
            long limit = period >= 3600 ? ONE_WEEK : ONE_DAY;
            if (span > limit) {
                problems.add("EvaluationPeriods x Period is " + span + " s; CloudWatch allows at most " + limit
                        + " s (" + (limit == ONE_DAY ? "one day" : "seven days for periods of an hour or more") + ").");
            }
        }
    }

    private static void dimensions(List<String> problems, List<Dimension> dimensions) {
        if (dimensions.size() > 30) {
            problems.add("An alarm can have at most 30 Dimensions; this one has " + dimensions.size() + ".");
        }
        Set<String> names = new HashSet<>();
        for (Dimension dimension : dimensions) {
            if (dimension.name() == null || dimension.name().isBlank()
                    || dimension.value() == null || dimension.value().isEmpty()) {
                problems.add("Every dimension needs a Name and a Value.");
            } else if (!names.add(dimension.name())) {
                problems.add("Dimension '" + dimension.name() + "' is given twice.");
            }
        }
    }
}
