package io.dataops.workbench.monitor.cloudwatch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits data points into PutMetricData calls within the API's limits: one namespace per call, at most
 * {@value #MAX_DATA_PER_CALL} data points, and a form-encoded body under 1 MB. The body size is estimated from
 * above for each point (every byte that is not unreserved counted as a three-byte percent escape, the list
 * indexes at their widest, room for any double and timestamp), so a call closes before its real body could
 * reach {@value #MAX_BODY_BYTES} bytes, whatever the SDK's own encoding.
 */
public final class PutMetricDataBatches {

    public static final int MAX_DATA_PER_CALL = 1000;
    /** Our ceiling for one call's form body: below the documented 1 MB (10^6 bytes, and so below 1 MiB too). */
    public static final int MAX_BODY_BYTES = 960_000;

    private static final String MEMBER = "MetricData.member.1000.";
    private static final String DIMENSION = "Dimensions.member.30.";
    /** Double.toString is at most 24 characters ("-1.2345678901234567E-100"); an ISO instant with colons escaped about 30. */
    private static final int VALUE_ROOM = 32;
    private static final int TIMESTAMP_ROOM = 40;

    private PutMetricDataBatches() {
    }

    /** One call's worth: a namespace and its points, in the order given. */
    public record Batch(String namespace, List<MetricDataPoint> points, long estimatedBytes) {
    }

    public static List<Batch> split(List<MetricDataPoint> points) {
        Map<String, List<MetricDataPoint>> byNamespace = new LinkedHashMap<>();
        for (MetricDataPoint point : points) {
            byNamespace.computeIfAbsent(point.namespace(), ns -> new ArrayList<>()).add(point);
        }
        List<Batch> batches = new ArrayList<>();
        for (Map.Entry<String, List<MetricDataPoint>> entry : byNamespace.entrySet()) {
            long header = headerBytes(entry.getKey());
            List<MetricDataPoint> current = new ArrayList<>();
            long size = header;
            for (MetricDataPoint point : entry.getValue()) {
                long bytes = estimatedBytes(point);
                if (!current.isEmpty() && (current.size() == MAX_DATA_PER_CALL || size + bytes > MAX_BODY_BYTES)) {
                    batches.add(new Batch(entry.getKey(), current, size));
                    current = new ArrayList<>();
                    size = header;
                }
                current.add(point);
                size += bytes;
            }
            if (!current.isEmpty()) {
                batches.add(new Batch(entry.getKey(), current, size));
            }
        }
        return batches;
    }

    static long headerBytes(String namespace) {
        return "Action=PutMetricData&Version=2010-08-01&Namespace=".length() + encoded(namespace) + 1;
    }

    /** An upper bound of the bytes {@code point} adds to a form-encoded PutMetricData body. */
    static long estimatedBytes(MetricDataPoint point) {
        long bytes = parameter("MetricName=", encoded(point.name()))
                + parameter("Timestamp=", TIMESTAMP_ROOM)
                + parameter("Value=", VALUE_ROOM)
                + parameter("Unit=", encoded(point.unit()));
        for (Map.Entry<String, String> dimension : point.dimensions().entrySet()) {
            bytes += parameter(DIMENSION + "Name=", encoded(dimension.getKey()))
                    + parameter(DIMENSION + "Value=", encoded(dimension.getValue()));
        }
        return bytes;
    }

    private static long parameter(String key, long valueBytes) {
        return MEMBER.length() + key.length() + valueBytes + 1;
    }

    /** Percent-encoded length from above: unreserved ASCII as is, every other UTF-8 byte as %XX. */
    static long encoded(String text) {
        long length = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            boolean unreserved = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '_' || b == '.' || b == '~';
            length += unreserved ? 1 : 3;
        }
        return length;
    }
}
