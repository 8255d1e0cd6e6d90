package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchFailures.CloudWatchException;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PutMetricData against the stub: batching at 1,000 points and 1 MB, refused points left out, failures. */
class CloudWatchMetricPublisherTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final String NS = "DataOps/Quality";

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private CloudWatchMetricPublisher publisher;

    @BeforeEach
    void publisher() {
        stub.respond("PutMetricData", CloudWatchStub.okEmpty("PutMetricData"));
        publisher = new CloudWatchMetricPublisher(stub.connection(), clients.client(stub.connection()),
                new DataPointLimits(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    private static MetricDataPoint point(int i, double value) {
        return MetricDataPoint.of(NS, "UnexpectedCount", Map.of("Suite", "payments", "Column", "c" + i),
                NOW.minusSeconds(i), value, "Count");
    }

    @Test
    void twentyFiveHundredPointsGoInThreeCallsOfAtMostOneThousand() {
        List<MetricDataPoint> points = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            points.add(point(i, i));
        }
        PublishSummary summary = publisher.publish(points, TaskContext.none());

        List<Map<String, String>> requests = stub.requests("PutMetricData");
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(CloudWatchMetricPublisherTest::members).containsExactly(1000, 1000, 500);
        assertThat(requests).allSatisfy(form -> assertThat(form).containsEntry("Namespace", NS));
        assertThat(summary.calls()).isEqualTo(3);
        assertThat(summary.sent()).isEqualTo(2500);
        assertThat(summary.skippedTotal()).isZero();
        // Every point arrived once, with its value, dimensions and unit.
        Map<String, String> last = requests.get(2);
        assertThat(last).containsEntry("MetricData.member.500.MetricName", "UnexpectedCount")
                .containsEntry("MetricData.member.500.Unit", "Count")
                .containsEntry("MetricData.member.500.Dimensions.member.1.Name", "Column")
                .containsEntry("MetricData.member.500.Dimensions.member.1.Value", "c2499")
                .containsEntry("MetricData.member.500.Dimensions.member.2.Value", "payments");
        assertThat(Double.parseDouble(last.get("MetricData.member.500.Value"))).isEqualTo(2499.0);
        assertThat(Instant.parse(last.get("MetricData.member.500.Timestamp"))).isEqualTo(NOW.minusSeconds(2499));
    }

    @Test
    void largeDimensionValuesAreSplitBySizeBelowOneMegabyte() {
        List<MetricDataPoint> points = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (int d = 0; d < 3; d++) {
                // Spaces and non-ASCII are escaped on the wire: 1,000 characters become well over 1,000 bytes.
                dimensions.put("D" + d, (i + " é/" + d + " ").repeat(1000).substring(0, 1000));
            }
            points.add(MetricDataPoint.of(NS, "RowCount", dimensions, NOW, i, "Count"));
        }
        PublishSummary summary = publisher.publish(points, TaskContext.none());

        List<String> bodies = stub.requestBodies("PutMetricData");
        assertThat(bodies.size()).as("a 1,000-point call would be several MB").isGreaterThan(1);
        assertThat(bodies).allSatisfy(body -> assertThat(body.getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(1_000_000));
        assertThat(stub.requests("PutMetricData").stream().mapToInt(CloudWatchMetricPublisherTest::members).sum())
                .isEqualTo(1000);
        assertThat(summary.calls()).isEqualTo(bodies.size());
        // The SDK gzips these large bodies; the stub reads them inflated (else the form above would be empty).
        assertThat(stub.allRequests()).allSatisfy(request -> assertThat(request.getHeader("Content-Encoding"))
                .isEqualTo("gzip"));
        // Each call's estimate is an upper bound of the body the SDK really sent.
        List<PutMetricDataBatches.Batch> planned = PutMetricDataBatches.split(points);
        assertThat(planned).hasSameSizeAs(bodies);
        for (int i = 0; i < bodies.size(); i++) {
            assertThat((long) bodies.get(i).getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(planned.get(i).estimatedBytes());
        }
        // ... and not wildly above it (the calls stay full).
        int totalBytes = bodies.stream().mapToInt(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
        assertThat(bodies.size()).isLessThanOrEqualTo(totalBytes / (PutMetricDataBatches.MAX_BODY_BYTES / 2) + 1);
    }

    @Test
    void nanInfinityAndOutOfRangeValuesAreNeverSentButCounted() {
        List<MetricDataPoint> points = List.of(point(1, 1.5), point(2, Double.NaN), point(3, Double.POSITIVE_INFINITY),
                point(4, Double.NEGATIVE_INFINITY), point(5, Math.scalb(1.0, 361)), point(6, -Math.scalb(1.0, -261)),
                point(7, 0.0), point(8, Math.scalb(1.0, 360)));
        PublishSummary summary = publisher.publish(points, TaskContext.none());

        assertThat(summary.sent()).isEqualTo(3);
        assertThat(summary.skipped()).containsEntry(DataPointLimits.NOT_FINITE, 3).containsEntry(DataPointLimits.OUT_OF_RANGE, 2);
        assertThat(summary.notes()).hasSize(2).anySatisfy(note -> assertThat(note).contains("c2").contains("NaN"));
        assertThat(summary.describe()).contains("Published 3 data points in 1 call").contains("skipped 5");
        for (String body : stub.requestBodies("PutMetricData")) {
            assertThat(body).doesNotContainIgnoringCase("nan").doesNotContainIgnoringCase("infinity");
        }
        Map<String, String> sent = stub.requests("PutMetricData").get(0);
        assertThat(members(sent)).isEqualTo(3);
        assertThat(List.of(sent.get("MetricData.member.1.Value"), sent.get("MetricData.member.2.Value"),
                sent.get("MetricData.member.3.Value"))).extracting(Double::parseDouble)
                .containsExactly(1.5, 0.0, Math.scalb(1.0, 360));
    }

    @Test
    void timestampsOutsideTheAcceptedWindowAndTooManyDimensionsAreRefusedWithTheReason() {
        Map<String, String> thirtyOne = new LinkedHashMap<>();
        for (int d = 0; d < 31; d++) {
            thirtyOne.put("D" + d, "v");
        }
        List<MetricDataPoint> points = List.of(
                MetricDataPoint.of(NS, "Old", Map.of(), NOW.minus(Duration.ofDays(15)), 1, "Count"),
                MetricDataPoint.of(NS, "Ahead", Map.of(), NOW.plus(Duration.ofHours(3)), 1, "Count"),
                MetricDataPoint.of(NS, "Wide", thirtyOne, NOW, 1, "Count"),
                MetricDataPoint.of(NS, "Fine", Map.of(), NOW.minus(Duration.ofDays(13)), 1, "Count"));
        PublishSummary summary = publisher.publish(points, TaskContext.none());

        assertThat(summary.sent()).isEqualTo(1);
        assertThat(summary.skipped()).containsOnlyKeys(DataPointLimits.TOO_OLD, DataPointLimits.TOO_NEW,
                DataPointLimits.TOO_MANY_DIMENSIONS);
        assertThat(summary.notes()).anySatisfy(note -> assertThat(note).contains("Old").contains("two weeks"));
        assertThat(stub.requests("PutMetricData")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("MetricData.member.1.MetricName", "Fine")
                        .doesNotContainKey("MetricData.member.2.MetricName"));
    }

    @Test
    void eachNamespaceGetsItsOwnCall() {
        publisher.publish(List.of(MetricDataPoint.of("A/One", "m", Map.of(), NOW, 1, "None"),
                MetricDataPoint.of("B/Two", "m", Map.of(), NOW, 2, "None"),
                MetricDataPoint.of("A/One", "n", Map.of(), NOW, 3, "None")), TaskContext.none());
        assertThat(stub.requests("PutMetricData")).extracting(form -> form.get("Namespace") + ":" + members(form))
                .containsExactly("A/One:2", "B/Two:1");
    }

    @Test
    void aFailedCallSaysWhatWasAlreadySent() {
        stub.respondInSequence("PutMetricData",
                CloudWatchStub.Response.ok("PutMetricData", ""),
                CloudWatchStub.Response.error(403, "AccessDenied", "User is not authorized to perform: cloudwatch:PutMetricData"));
        List<MetricDataPoint> points = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            points.add(point(i, i));
        }
        assertThatThrownBy(() -> publisher.publish(points, TaskContext.none()))
                .isInstanceOf(CloudWatchException.class)
                .hasMessageContaining("AccessDenied").hasMessageContaining("not allowed")
                .hasMessageContaining("1000 of 1500 data points had been published in 1 call");
    }

    private static int members(Map<String, String> form) {
        return (int) form.keySet().stream().filter(k -> k.matches("MetricData\\.member\\.\\d+\\.MetricName")).count();
    }
}
