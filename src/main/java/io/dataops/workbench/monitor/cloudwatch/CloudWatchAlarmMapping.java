package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.ComparisonOperator;
import io.dataops.workbench.monitor.alarm.Dimension;
import io.dataops.workbench.monitor.alarm.TreatMissingData;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.CompositeAlarm;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;

/**
 * Between the SDK's alarm shapes and ours: DescribeAlarms' {@code MetricAlarm} to an {@link AlarmDefinition}
 * (empty action lists read as absent, as PutMetricAlarm leaves them out), and an {@link AlarmDefinition}
 * to a PutMetricAlarm request with every field it sets.
 */
final class CloudWatchAlarmMapping {

    private CloudWatchAlarmMapping() {
    }

    static CloudWatchAlarm fromMetricAlarm(MetricAlarm alarm) {
        AlarmState state = state(alarm.stateValueAsString());
        if (alarm.hasMetrics() && !alarm.metrics().isEmpty()) {
            return new CloudWatchAlarm(alarm.alarmName(), CloudWatchAlarm.Kind.METRIC_MATH, Optional.empty(), state,
                    alarm.stateReason(), alarm.stateUpdatedTimestamp(), "metric math: " + String.join(", ",
                    alarm.metrics().stream().map(CloudWatchAlarmMapping::describe).toList()));
        }
        ComparisonOperator operator;
        TreatMissingData missing;
        try {
            operator = ComparisonOperator.parse(alarm.comparisonOperatorAsString());
            missing = alarm.treatMissingData() == null ? null : TreatMissingData.parse(alarm.treatMissingData());
        } catch (IllegalArgumentException e) {
            // Anomaly-detection bands and future operators: listed, but not editable or backtestable here.
            return new CloudWatchAlarm(alarm.alarmName(), CloudWatchAlarm.Kind.METRIC_MATH, Optional.empty(), state,
                    alarm.stateReason(), alarm.stateUpdatedTimestamp(), alarm.comparisonOperatorAsString() + " on "
                    + alarm.namespace() + " " + alarm.metricName());
        }
        List<Dimension> dimensions = alarm.dimensions().stream().map(d -> new Dimension(d.name(), d.value())).toList();
        AlarmDefinition definition = new AlarmDefinition(alarm.alarmName(), alarm.alarmDescription(),
                alarm.actionsEnabled(), actions(alarm.okActions()), actions(alarm.alarmActions()),
                actions(alarm.insufficientDataActions()),
                alarm.metricName(), alarm.namespace(), alarm.statisticAsString(), alarm.extendedStatistic(),
                dimensions, alarm.period(), alarm.unitAsString(), alarm.evaluationPeriods(), alarm.datapointsToAlarm(),
                alarm.threshold(), operator, missing, alarm.evaluateLowSampleCountPercentile());
        return new CloudWatchAlarm(alarm.alarmName(), CloudWatchAlarm.Kind.METRIC, Optional.of(definition), state,
                alarm.stateReason(), alarm.stateUpdatedTimestamp(), alarm.namespace() + " " + alarm.metricName());
    }

    static CloudWatchAlarm fromCompositeAlarm(CompositeAlarm alarm) {
        return new CloudWatchAlarm(alarm.alarmName(), CloudWatchAlarm.Kind.COMPOSITE, Optional.empty(),
                state(alarm.stateValueAsString()), alarm.stateReason(), alarm.stateUpdatedTimestamp(),
                "composite: " + alarm.alarmRule());
    }

    /** PutMetricAlarm with every field the definition sets; absent fields are left out, as the CLI does. */
    static PutMetricAlarmRequest putRequest(AlarmDefinition alarm) {
        PutMetricAlarmRequest.Builder request = PutMetricAlarmRequest.builder()
                .alarmName(alarm.alarmName())
                .alarmDescription(alarm.alarmDescription())
                .actionsEnabled(alarm.actionsEnabled())
                .metricName(alarm.metricName())
                .namespace(alarm.namespace())
                .statistic(alarm.extendedStatistic() != null ? null : alarm.statistic())
                .extendedStatistic(alarm.extendedStatistic())
                .period(alarm.period())
                .unit(alarm.unit())
                .evaluationPeriods(alarm.evaluationPeriods())
                .datapointsToAlarm(alarm.datapointsToAlarm())
                .threshold(alarm.threshold())
                .comparisonOperator(alarm.comparisonOperator() == null ? null : alarm.comparisonOperator().text())
                .treatMissingData(alarm.treatMissingData() == null ? null : alarm.treatMissingData().text())
                .evaluateLowSampleCountPercentile(alarm.evaluateLowSampleCountPercentile());
        if (!alarm.dimensions().isEmpty()) {
            request.dimensions(alarm.dimensions().stream().map(d -> software.amazon.awssdk.services.cloudwatch.model
                    .Dimension.builder().name(d.name()).value(d.value()).build()).toList());
        }
        if (alarm.okActions() != null && !alarm.okActions().isEmpty()) {
            request.okActions(alarm.okActions());
        }
        if (alarm.alarmActions() != null && !alarm.alarmActions().isEmpty()) {
            request.alarmActions(alarm.alarmActions());
        }
        if (alarm.insufficientDataActions() != null && !alarm.insufficientDataActions().isEmpty()) {
            request.insufficientDataActions(alarm.insufficientDataActions());
        }
        return request.build();
    }

    /** CloudWatch answers {@code <OKActions/>} for none: absent, as in a definition that never set them. */
    private static List<String> actions(List<String> arns) {
        return arns == null || arns.isEmpty() ? null : arns;
    }

    private static AlarmState state(String value) {
        try {
            return AlarmState.parse(value);
        } catch (IllegalArgumentException e) {
            return AlarmState.INSUFFICIENT_DATA;
        }
    }

    private static String describe(MetricDataQuery query) {
        if (query.expression() != null) {
            return query.id() + " = " + query.expression();
        }
        return query.metricStat() == null || query.metricStat().metric() == null ? query.id()
                : query.id() + " = " + query.metricStat().metric().namespace() + " "
                + query.metricStat().metric().metricName() + " " + query.metricStat().stat();
    }
}
