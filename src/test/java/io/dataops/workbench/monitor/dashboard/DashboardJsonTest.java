package io.dataops.workbench.monitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardJsonTest {

    @TempDir
    Path directory;

    private static Dashboard sample() {
        MetricId latency = MetricId.of("App", "Latency", Map.of("Service", "api", "Env", "prod"));
        Widget line = new Widget("w1", WidgetType.LINE, "Latency", List.of(new WidgetMetric(latency,
                Statistic.parse("p99")), new WidgetMetric(latency, Statistic.AVERAGE)), List.of(),
                Duration.ofMinutes(5), 0, 0, 6, 4);
        Widget alarms = new Widget("w2", WidgetType.ALARM_STATUS, "Alarms", List.of(), List.of("HighLatency"),
                Widget.AUTO, 6, 0, 6, 2);
        return new Dashboard("Ops", List.of(line, alarms));
    }

    @Test
    void aDashboardSurvivesAFileRoundTrip() {
        Path file = directory.resolve("ops.dashboard.json");
        DashboardJson.writeFile(sample(), file);
        Dashboard read = DashboardJson.readFile(file);
        assertThat(read).isEqualTo(sample());
        assertThat(read.widgets().get(1).autoPeriod()).isTrue();
        assertThat(read.widgets().get(0).metrics().get(0).statistic().isPercentile()).isTrue();
    }

    @Test
    void badFilesSayWhatAndWhere() {
        assertThatThrownBy(() -> DashboardJson.read("{\"name\": \"x\", \"widgets\": [{\"title\": \"CPU\","
                + " \"type\": \"pie\"}]}", "ops.json"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("ops.json, widget 1 (CPU)").hasMessageContaining("Unknown widget type 'pie'");
        assertThatThrownBy(() -> DashboardJson.read("{\"widgets\": []}", "ops.json"))
                .hasMessageContaining("\"name\" is missing");
        assertThatThrownBy(() -> DashboardJson.read("{\"name\": \"x\", \"widgets\": [{\"type\": \"line\", \"x\": 10,"
                + " \"width\": 6}]}", "ops.json")).hasMessageContaining("does not fit the 12-column grid");
        assertThatThrownBy(() -> DashboardJson.read("{nope", "ops.json")).hasMessageContaining("not valid JSON");
    }

    @Test
    void theCloudWatchBodyHasMetricArraysOnTheTwentyFourColumnGrid() throws Exception {
        String body = CloudWatchDashboardBody.of(sample(), "eu-west-1",
                name -> "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:" + name);
        JsonNode root = new ObjectMapper().readTree(body);
        JsonNode line = root.path("widgets").get(0);
        assertThat(line.path("type").asText()).isEqualTo("metric");
        assertThat(line.path("width").asInt()).isEqualTo(12);
        assertThat(line.path("height").asInt()).isEqualTo(8);
        assertThat(line.path("properties").path("metrics").get(0).toString())
                .isEqualTo("[\"App\",\"Latency\",\"Env\",\"prod\",\"Service\",\"api\",{\"stat\":\"p99\"}]");
        assertThat(line.path("properties").path("period").asInt()).isEqualTo(300);
        assertThat(line.path("properties").path("region").asText()).isEqualTo("eu-west-1");
        JsonNode alarm = root.path("widgets").get(1);
        assertThat(alarm.path("type").asText()).isEqualTo("alarm");
        assertThat(alarm.path("x").asInt()).isEqualTo(12);
        assertThat(alarm.path("properties").path("alarms").get(0).asText()).endsWith(":alarm:HighLatency");
    }

    @Test
    void addingFindsTheFirstFreePlaceAndMovesStayInTheGrid() {
        Dashboard dashboard = LocalDashboard.create();
        Widget added = new Widget("n", WidgetType.NUMBER, "n", List.of(), List.of(), Widget.AUTO, 0, 0, 6, 2);
        Dashboard result = dashboard.adding(added);
        Widget placed = result.widget("n");
        assertThat(placed.y()).isEqualTo(8);
        assertThat(placed.x()).isZero();
        assertThat(result.moving("n", 11, 3).widget("n").x()).isEqualTo(6);
        assertThat(result.resizing("n", 40, 0).widget("n").width()).isEqualTo(12);
        assertThat(result.resizing("n", 40, 0).widget("n").height()).isEqualTo(1);
    }

    @Test
    void autoPeriodBoundsThePointsFetched() {
        assertThat(AutoPeriod.forRange(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(10));
        assertThat(AutoPeriod.forRange(Duration.ofHours(12))).isEqualTo(Duration.ofSeconds(30));
        assertThat(AutoPeriod.forRange(Duration.ofDays(7))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void cloudWatchAutoPeriodsStartAtAMinuteButAWidgetsOwnPeriodStays() {
        DashboardSource cloudWatch = DashboardSource.cloudWatch(null, "eu-west-1", null);
        Widget auto = new Widget("a", WidgetType.LINE, "t", List.of(), List.of(), Widget.AUTO, 0, 0, 6, 4);
        Widget tenSeconds = new Widget("b", WidgetType.LINE, "t", List.of(), List.of(), Duration.ofSeconds(10), 0, 0, 6, 4);
        assertThat(AutoPeriod.of(auto, Duration.ofHours(1), cloudWatch)).isEqualTo(Duration.ofMinutes(1));
        assertThat(AutoPeriod.of(auto, Duration.ofHours(1), DashboardSource.LOCAL)).isEqualTo(Duration.ofSeconds(10));
        assertThat(AutoPeriod.of(auto, Duration.ofDays(7), cloudWatch)).isEqualTo(Duration.ofMinutes(15));
        assertThat(AutoPeriod.of(tenSeconds, Duration.ofHours(1), cloudWatch)).isEqualTo(Duration.ofSeconds(10));
    }
}
