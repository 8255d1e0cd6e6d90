package io.dataops.workbench.monitor.cloudwatch.testing;

import io.dataops.workbench.monitor.metric.MetricId;
import java.util.Map;

/**
 * ListMetrics answers for {@link CloudWatchStub}, shaped after AWS's documented example: {@code Metrics} of
 * {@code member}s (Namespace, MetricName, Dimensions of Name/Value members), then {@code NextToken} when more follow.
 */
public final class StubMetricPages {

    public static final MetricId EC2_CPU_A = MetricId.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", "i-0a1b2c3d4e5f60001"));
    public static final MetricId EC2_CPU_B = MetricId.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", "i-0a1b2c3d4e5f60002"));
    public static final MetricId EC2_CPU_ASG = MetricId.of("AWS/EC2", "CPUUtilization", Map.of("AutoScalingGroupName", "web-asg"));
    public static final MetricId EC2_NET = MetricId.of("AWS/EC2", "NetworkIn", Map.of("InstanceId", "i-0a1b2c3d4e5f60001"));
    public static final MetricId SQS_AGE = MetricId.of("AWS/SQS", "ApproximateAgeOfOldestMessage", Map.of("QueueName", "orders_dlq"));
    public static final MetricId RDS_CONNECTIONS = MetricId.of("AWS/RDS", "DatabaseConnections",
            Map.of("DBInstanceIdentifier", "payments-db", "Role", "WRITER"));
    public static final MetricId CUSTOM_ROWS = MetricId.of("DataOps/Quality", "RowCount", Map.of());

    private StubMetricPages() {
    }

    /** One ListMetrics answer; {@code nextToken} null on the last page. */
    public static String page(String nextToken, MetricId... metrics) {
        StringBuilder xml = new StringBuilder("<Metrics>");
        for (MetricId metric : metrics) {
            xml.append("<member><Dimensions>");
            metric.dimensions().forEach((name, value) -> xml.append("<member><Name>").append(name).append("</Name><Value>")
                    .append(value).append("</Value></member>"));
            xml.append("</Dimensions><MetricName>").append(metric.name()).append("</MetricName><Namespace>")
                    .append(metric.namespace()).append("</Namespace></member>");
        }
        xml.append("</Metrics>");
        if (nextToken != null) {
            xml.append("<NextToken>").append(nextToken).append("</NextToken>");
        }
        return CloudWatchStub.ok("ListMetrics", xml.toString());
    }

    /**
     * Serves the seven metrics above in three pages chained by NextToken (base64-like tokens, as AWS's are):
     * 3, 3 and 1 metrics.
     */
    public static void serveThreePages(CloudWatchStub stub) {
        stub.respond("ListMetrics", page(TOKEN_2, EC2_CPU_A, EC2_CPU_B, EC2_CPU_ASG));
        // Given encoded: respondWhere takes a value with '+' as already encoded (it decodes to a space).
        stub.respondWhere("ListMetrics", "NextToken", encoded(TOKEN_2), page(TOKEN_3, EC2_NET, SQS_AGE, RDS_CONNECTIONS));
        stub.respondWhere("ListMetrics", "NextToken", encoded(TOKEN_3), page(null, CUSTOM_ROWS));
    }

    private static String encoded(String token) {
        return java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static final String TOKEN_2 = "AAEAAfQ2/page2+x=";
    public static final String TOKEN_3 = "AAEAAfQ3/page3+y=";
}
