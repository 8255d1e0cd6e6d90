package io.dataops.workbench.monitor.alarm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metric alarm with exactly PutMetricAlarm's fields and JSON names, so an {@code ALARM.json} written for
 * {@code aws cloudwatch put-metric-alarm --cli-input-json} reads here unchanged. Optional fields are null
 * when absent; {@link AlarmValidation} says what is wrong with a definition.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"AlarmName", "AlarmDescription", "ActionsEnabled", "OKActions", "AlarmActions",
        "InsufficientDataActions", "MetricName", "Namespace", "Statistic", "ExtendedStatistic", "Dimensions",
        "Period", "Unit", "EvaluationPeriods", "DatapointsToAlarm", "Threshold", "ComparisonOperator",
        "TreatMissingData", "EvaluateLowSampleCountPercentile"})
public record AlarmDefinition(
        @JsonProperty("AlarmName") String alarmName,
        @JsonProperty("AlarmDescription") String alarmDescription,
        @JsonProperty("ActionsEnabled") Boolean actionsEnabled,
        @JsonProperty("OKActions") List<String> okActions,
        @JsonProperty("AlarmActions") List<String> alarmActions,
        @JsonProperty("InsufficientDataActions") List<String> insufficientDataActions,
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("Statistic") String statistic,
        @JsonProperty("ExtendedStatistic") String extendedStatistic,
        @JsonProperty("Dimensions") List<Dimension> dimensions,
        @JsonProperty("Period") Integer period,
        @JsonProperty("Unit") String unit,
        @JsonProperty("EvaluationPeriods") Integer evaluationPeriods,
        @JsonProperty("DatapointsToAlarm") Integer datapointsToAlarm,
        @JsonProperty("Threshold") Double threshold,
        @JsonProperty("ComparisonOperator") ComparisonOperator comparisonOperator,
        @JsonProperty("TreatMissingData") TreatMissingData treatMissingData,
        @JsonProperty("EvaluateLowSampleCountPercentile") String evaluateLowSampleCountPercentile) {

    public AlarmDefinition {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        okActions = okActions == null ? null : List.copyOf(okActions);
        alarmActions = alarmActions == null ? null : List.copyOf(alarmActions);
        insufficientDataActions = insufficientDataActions == null ? null : List.copyOf(insufficientDataActions);
    }

    /** The common case: a static-threshold alarm on one metric, everything optional left out. */
    public static AlarmDefinition of(String name, MetricId metric, Statistic statistic, int periodSeconds,
                                     int evaluationPeriods, int datapointsToAlarm, double threshold,
                                     ComparisonOperator operator, TreatMissingData treatMissingData) {
        List<Dimension> dimensions = metric.dimensions().entrySet().stream()
                .map(e -> new Dimension(e.getKey(), e.getValue())).toList();
        return new AlarmDefinition(name, null, null, null, null, null, metric.name(), metric.namespace(),
                statistic.isPercentile() ? null : statistic.toString(),
                statistic.isPercentile() ? statistic.toString() : null, dimensions, periodSeconds, null,
                evaluationPeriods, datapointsToAlarm, threshold, operator, treatMissingData, null);
    }

    /** N. */
    @JsonIgnore
    public int evaluationPeriodCount() {
        return evaluationPeriods == null ? 1 : evaluationPeriods;
    }

    /** M: DatapointsToAlarm, or N when absent (CloudWatch's default). */
    @JsonIgnore
    public int datapointsToAlarmCount() {
        return datapointsToAlarm == null ? evaluationPeriodCount() : datapointsToAlarm;
    }

    @JsonIgnore
    public TreatMissingData missingData() {
        return treatMissingData == null ? TreatMissingData.MISSING : treatMissingData;
    }

    @JsonIgnore
    public Duration periodDuration() {
        return Duration.ofSeconds(period == null ? 60 : period);
    }

    /** Statistic or ExtendedStatistic, whichever is set. */
    @JsonIgnore
    public Statistic metricStatistic() {
        return Statistic.parse(extendedStatistic != null ? extendedStatistic : statistic);
    }

    @JsonIgnore
    public MetricId metricId() {
        Map<String, String> map = new LinkedHashMap<>();
        dimensions.forEach(d -> map.put(d.name(), d.value()));
        return MetricId.of(namespace, metricName, map);
    }

    public AlarmDefinition withName(String name) {
        return new AlarmDefinition(name, alarmDescription, actionsEnabled, okActions, alarmActions,
                insufficientDataActions, metricName, namespace, statistic, extendedStatistic, dimensions, period, unit,
                evaluationPeriods, datapointsToAlarm, threshold, comparisonOperator, treatMissingData,
                evaluateLowSampleCountPercentile);
    }

    public AlarmDefinition withDescription(String description) {
        return new AlarmDefinition(alarmName, description, actionsEnabled, okActions, alarmActions,
                insufficientDataActions, metricName, namespace, statistic, extendedStatistic, dimensions, period, unit,
                evaluationPeriods, datapointsToAlarm, threshold, comparisonOperator, treatMissingData,
                evaluateLowSampleCountPercentile);
    }
}
