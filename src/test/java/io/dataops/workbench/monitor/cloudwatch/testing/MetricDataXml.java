package io.dataops.workbench.monitor.cloudwatch.testing;

import java.time.Instant;
import java.util.List;

/**
 * GetMetricData answers shaped after AWS's documented response: {@code MetricDataResults/member} with
 * {@code Id}, {@code Label}, {@code Timestamps/member}, {@code Values/member}, {@code StatusCode} and
 * {@code Messages}, then the call's {@code NextToken} and {@code Messages}.
 */
public final class MetricDataXml {

    private MetricDataXml() {
    }

    /** One {@code MetricDataResults/member}. */
    public static String result(String id, String label, String status, List<Instant> timestamps, List<Double> values) {
        StringBuilder xml = new StringBuilder("<member><Id>").append(id).append("</Id><Label>").append(label)
                .append("</Label><Timestamps>");
        timestamps.forEach(t -> xml.append("<member>").append(t).append("</member>"));
        xml.append("</Timestamps><Values>");
        values.forEach(v -> xml.append("<member>").append(v).append("</member>"));
        return xml.append("</Values><StatusCode>").append(status).append("</StatusCode><Messages/></member>").toString();
    }

    /** A whole {@code GetMetricDataResponse}; {@code nextToken} null for the last page. */
    public static String response(String nextToken, List<String> results) {
        return CloudWatchStub.ok("GetMetricData", "<MetricDataResults>" + String.join("", results)
                + "</MetricDataResults>" + (nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>")
                + "<Messages/>");
    }

    public static String response(String nextToken, String... results) {
        return response(nextToken, List.of(results));
    }
}
