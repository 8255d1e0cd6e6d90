package io.dataops.workbench.monitor.cloudwatch.testing;


/**
 * DescribeAlarms and DescribeAlarmHistory answers in the Query protocol's XML, shaped after AWS's documented
 * examples (the MetricAlarm and AlarmHistoryItem types; the CLI's describe-alarm-history example's HistoryData).
 */
public final class AlarmXml {

    private AlarmXml() {
    }

    /** A static-threshold alarm on EC2 CPU of one instance, with actions, in ALARM. */
    public static final String CPU_HIGH = "<member>"
            + "<AlarmName>cpu-high</AlarmName>"
            + "<AlarmArn>arn:aws:cloudwatch:us-east-1:123456789012:alarm:cpu-high</AlarmArn>"
            + "<AlarmDescription>CPU above 80 % for 3 of 5 minutes</AlarmDescription>"
            + "<AlarmConfigurationUpdatedTimestamp>2026-11-20T09:00:00.000Z</AlarmConfigurationUpdatedTimestamp>"
            + "<ActionsEnabled>true</ActionsEnabled>"
            + "<OKActions/>"
            + "<AlarmActions><member>arn:aws:sns:us-east-1:123456789012:ops</member></AlarmActions>"
            + "<InsufficientDataActions/>"
            + "<StateValue>ALARM</StateValue>"
            + "<StateReason>Threshold Crossed: 3 out of the last 5 datapoints [91.2 (24/11/26 05:58:00), 88.0"
            + " (24/11/26 05:57:00), 85.5 (24/11/26 05:55:00)] were greater than the threshold (80.0) (minimum 3"
            + " datapoints for OK -&gt; ALARM transition).</StateReason>"
            + "<StateUpdatedTimestamp>2026-11-24T05:59:12.345Z</StateUpdatedTimestamp>"
            + "<MetricName>CPUUtilization</MetricName>"
            + "<Namespace>AWS/EC2</Namespace>"
            + "<Statistic>Average</Statistic>"
            + "<Dimensions><member><Name>InstanceId</Name><Value>i-1234567890abcdef0</Value></member></Dimensions>"
            + "<Period>60</Period>"
            + "<Unit>Percent</Unit>"
            + "<EvaluationPeriods>5</EvaluationPeriods>"
            + "<DatapointsToAlarm>3</DatapointsToAlarm>"
            + "<Threshold>80.0</Threshold>"
            + "<ComparisonOperator>GreaterThanThreshold</ComparisonOperator>"
            + "<TreatMissingData>breaching</TreatMissingData>"
            + "<StateTransitionedTimestamp>2026-11-24T05:59:12.345Z</StateTransitionedTimestamp>"
            + "</member>";

    /** A p99 latency alarm (ExtendedStatistic) on a load balancer, two dimensions, missing data ignored. */
    public static final String LATENCY_P99 = "<member>"
            + "<AlarmName>api-latency-p99</AlarmName>"
            + "<AlarmArn>arn:aws:cloudwatch:us-east-1:123456789012:alarm:api-latency-p99</AlarmArn>"
            + "<ActionsEnabled>false</ActionsEnabled>"
            + "<StateValue>OK</StateValue>"
            + "<StateReason>Threshold Crossed: 1 datapoint [0.412 (24/11/26 05:55:00)] was not greater than or"
            + " equal to the threshold (1.5).</StateReason>"
            + "<StateUpdatedTimestamp>2026-11-24T05:56:01.000Z</StateUpdatedTimestamp>"
            + "<MetricName>TargetResponseTime</MetricName>"
            + "<Namespace>AWS/ApplicationELB</Namespace>"
            + "<ExtendedStatistic>p99</ExtendedStatistic>"
            + "<Dimensions>"
            + "<member><Name>LoadBalancer</Name><Value>app/api/50dc6c495c0c9188</Value></member>"
            + "<member><Name>TargetGroup</Name><Value>targetgroup/api/73e2d6bc24d8a067</Value></member>"
            + "</Dimensions>"
            + "<Period>300</Period>"
            + "<EvaluationPeriods>1</EvaluationPeriods>"
            + "<Threshold>1.5</Threshold>"
            + "<ComparisonOperator>GreaterThanOrEqualToThreshold</ComparisonOperator>"
            + "<TreatMissingData>ignore</TreatMissingData>"
            + "<EvaluateLowSampleCountPercentile>ignore</EvaluateLowSampleCountPercentile>"
            + "</member>";

    /** An error-rate alarm on metric math: listed, not mapped to a single-metric definition. */
    public static final String ERROR_RATE = "<member>"
            + "<AlarmName>error-rate</AlarmName>"
            + "<StateValue>INSUFFICIENT_DATA</StateValue>"
            + "<StateReason>Unchecked: Initial alarm creation</StateReason>"
            + "<StateUpdatedTimestamp>2026-11-24T04:00:00.000Z</StateUpdatedTimestamp>"
            + "<EvaluationPeriods>1</EvaluationPeriods>"
            + "<Threshold>5.0</Threshold>"
            + "<ComparisonOperator>GreaterThanThreshold</ComparisonOperator>"
            + "<Metrics>"
            + "<member><Id>e1</Id><Expression>100*(m1/m2)</Expression><Label>Error rate</Label>"
            + "<ReturnData>true</ReturnData></member>"
            + "<member><Id>m1</Id><MetricStat><Metric><Namespace>AWS/ApplicationELB</Namespace>"
            + "<MetricName>HTTPCode_Target_5XX_Count</MetricName></Metric><Period>60</Period><Stat>Sum</Stat>"
            + "</MetricStat><ReturnData>false</ReturnData></member>"
            + "</Metrics>"
            + "</member>";

    public static final String SERVICE_DOWN_COMPOSITE = "<member>"
            + "<AlarmName>service-down</AlarmName>"
            + "<AlarmRule>ALARM(cpu-high) AND ALARM(api-latency-p99)</AlarmRule>"
            + "<StateValue>OK</StateValue>"
            + "<StateReason>arn:aws:cloudwatch:us-east-1:123456789012:alarm:api-latency-p99 transitioned to OK</StateReason>"
            + "<StateUpdatedTimestamp>2026-11-24T05:56:02.000Z</StateUpdatedTimestamp>"
            + "</member>";

    /** A DescribeAlarms page: metric alarms, composite alarms, and the NextToken when one is given. */
    public static String alarmsPage(String metricAlarms, String compositeAlarms, String nextToken) {
        return CloudWatchStub.ok("DescribeAlarms", "<MetricAlarms>" + metricAlarms + "</MetricAlarms>"
                + "<CompositeAlarms>" + compositeAlarms + "</CompositeAlarms>"
                + (nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>"));
    }

    /** A StateUpdate item with CloudWatch's HistoryData JSON (XML-escaped as the service sends it). */
    public static String stateUpdate(String alarm, String time, String from, String to, String reason) {
        String data = "{\"version\":\"1.0\",\"oldState\":{\"stateValue\":\"" + from + "\",\"stateReason\":\"earlier\"},"
                + "\"newState\":{\"stateValue\":\"" + to + "\",\"stateReason\":\"" + reason + "\","
                + "\"stateReasonData\":{\"version\":\"1.0\",\"queryDate\":\"2026-11-24T05:59:12.300+0000\","
                + "\"statistic\":\"Average\",\"period\":60,\"recentDatapoints\":[91.2,88.0,85.5],\"threshold\":80.0}}}";
        return "<member><AlarmName>" + alarm + "</AlarmName><AlarmType>MetricAlarm</AlarmType>"
                + "<Timestamp>" + time + "</Timestamp><HistoryItemType>StateUpdate</HistoryItemType>"
                + "<HistorySummary>Alarm updated from " + from + " to " + to + "</HistorySummary>"
                + "<HistoryData>" + escape(data) + "</HistoryData></member>";
    }

    public static String configurationUpdate(String alarm, String time) {
        return "<member><AlarmName>" + alarm + "</AlarmName><AlarmType>MetricAlarm</AlarmType>"
                + "<Timestamp>" + time + "</Timestamp><HistoryItemType>ConfigurationUpdate</HistoryItemType>"
                + "<HistorySummary>Alarm \"" + alarm + "\" updated</HistorySummary>"
                + "<HistoryData>{\"version\":\"1.0\",\"type\":\"Update\"}</HistoryData></member>";
    }

    public static String historyPage(String items, String nextToken) {
        return CloudWatchStub.ok("DescribeAlarmHistory", "<AlarmHistoryItems>" + items + "</AlarmHistoryItems>"
                + (nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
