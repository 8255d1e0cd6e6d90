package io.dataops.workbench.monitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CloudWatch dashboard bodies in and out: shaped after AWS's "Dashboard body structure and syntax" examples. */
class CloudWatchDashboardBodyTest {

    static String resource(String name) {
        try (InputStream in = CloudWatchDashboardBodyTest.class.getResourceAsStream("/cloudwatch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WidgetMetric metric(String namespace, String name, String dimension, String value, Statistic stat) {
        return new WidgetMetric(MetricId.of(namespace, name, Map.of(dimension, value)), stat);
    }

    @Test
    void theDocumentationsOverallExampleOpensWithItsMetricAndText() {
        DashboardImport imported = CloudWatchDashboardBody.read(resource("docs-example.json"), "ec2", "prod", null,
                null);
        Dashboard dashboard = imported.dashboard();
        assertThat(imported.notes()).isEmpty();
        assertThat(dashboard.source()).isEqualTo(DashboardSource.cloudWatch("prod", "us-east-1", null));
        Widget cpu = dashboard.widgets().get(0);
        assertThat(cpu.type()).isEqualTo(WidgetType.LINE);
        assertThat(cpu.title()).isEqualTo("EC2 Instance CPU");
        assertThat(cpu.metrics()).containsExactly(metric("AWS/EC2", "CPUUtilization", "InstanceId", "i-012345",
                Statistic.AVERAGE));
        assertThat(cpu.period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(List.of(cpu.x(), cpu.y(), cpu.width(), cpu.height())).containsExactly(0, 0, 6, 3);
        Widget text = dashboard.widgets().get(1);
        assertThat(text.type()).isEqualTo(WidgetType.TEXT);
        assertThat(text.markdown()).isEqualTo("Hello world");
        // y 7..10 and x 0..3 on the 24-column grid: edges halved and rounded.
        assertThat(List.of(text.x(), text.y(), text.width(), text.height())).containsExactly(0, 4, 2, 1);
    }

    @Test
    void shorthandRowsSingleValueStackedAlarmsAndTextAreRead() {
        DashboardImport imported = CloudWatchDashboardBody.read(resource("orders-dashboard.json"), "orders", null,
                "us-east-1", "http://localhost:4566");
        Dashboard dashboard = imported.dashboard();
        assertThat(dashboard.source()).isEqualTo(DashboardSource.cloudWatch(null, "eu-west-1", "http://localhost:4566"));
        assertThat(dashboard.widgets()).extracting(Widget::type).containsExactly(WidgetType.LINE, WidgetType.NUMBER,
                WidgetType.STACKED_AREA, WidgetType.ALARM_STATUS, WidgetType.TEXT);

        Widget lambda = dashboard.widgets().get(0);
        assertThat(lambda.metrics()).containsExactly(
                metric("AWS/Lambda", "Invocations", "FunctionName", "orders", Statistic.SUM),
                metric("AWS/Lambda", "Errors", "FunctionName", "orders", Statistic.SUM),
                metric("AWS/Lambda", "Errors", "FunctionName", "payments", Statistic.SUM));
        assertThat(lambda.period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(List.of(lambda.x(), lambda.y(), lambda.width(), lambda.height())).containsExactly(0, 0, 6, 3);

        Widget dlq = dashboard.widgets().get(1);
        assertThat(dlq.metrics()).containsExactly(metric("AWS/SQS", "ApproximateNumberOfMessagesVisible",
                "QueueName", "orders-dlq", Statistic.MAXIMUM));
        assertThat(dlq.autoPeriod()).isTrue();
        assertThat(List.of(dlq.x(), dlq.width())).containsExactly(6, 3);

        Widget responses = dashboard.widgets().get(2);
        assertThat(responses.metrics()).extracting(m -> m.metric().name())
                .containsExactly("HTTPCode_Target_2XX_Count", "HTTPCode_Target_5XX_Count");
        assertThat(responses.metrics()).allSatisfy(m -> {
            assertThat(m.statistic()).isEqualTo(Statistic.SUM);
            assertThat(m.metric().dimensions()).containsEntry("LoadBalancer", "app/web/50dc6c495c0c9188");
        });
        assertThat(List.of(responses.x(), responses.width())).containsExactly(9, 3);

        assertThat(dashboard.widgets().get(3).alarms()).containsExactly("orders-errors", "dlq-not-empty");
        assertThat(dashboard.widgets().get(3).width()).isEqualTo(12);
        assertThat(dashboard.widgets().get(4).markdown()).startsWith("# Orders\nRunbook:");

        assertThat(imported.notes()).containsExactlyInAnyOrder(
                "widget 1 (Lambda): metric math expression 100*(m2/m1) skipped (Error rate)",
                "widget 1 (Lambda): 1 metric label not kept (the legend names the metric and statistic)",
                "widget 3 (Responses), metric 3 (HTTPCode_Target_5XX_Count): hidden on CloudWatch, left out",
                "widget 5 (Recent logs): log widget skipped (the workbench shows metric, alarm and text widgets)");
    }

    @Test
    void aCloudWatchBodySurvivesTheRoundTripThroughAWorkbenchDashboard() {
        Dashboard first = CloudWatchDashboardBody.read(resource("orders-dashboard.json"), "orders", null, null, null)
                .dashboard();
        String body = CloudWatchDashboardBody.of(first, "eu-west-1",
                name -> "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:" + name);
        DashboardImport again = CloudWatchDashboardBody.read(body, "orders", null, null, null);
        assertThat(again.notes()).isEmpty();
        assertThat(withoutIds(again.dashboard())).isEqualTo(withoutIds(first));
    }

    @Test
    void aWorkbenchDashboardSurvivesTheRoundTripThroughABody() {
        MetricId latency = MetricId.of("App", "Latency", Map.of("Service", "api", "Env", "prod"));
        Dashboard ours = new Dashboard("Ops", List.of(
                new Widget("a", WidgetType.LINE, "Latency", List.of(new WidgetMetric(latency, Statistic.parse("p99")),
                        new WidgetMetric(latency, Statistic.AVERAGE)), List.of(), Duration.ofMinutes(5), 0, 0, 7, 4),
                new Widget("b", WidgetType.STACKED_AREA, "Stacked", List.of(new WidgetMetric(latency,
                        Statistic.SAMPLE_COUNT)), List.of(), Widget.AUTO, 7, 0, 5, 4),
                new Widget("c", WidgetType.NUMBER, "Now", List.of(new WidgetMetric(latency, Statistic.MAXIMUM)),
                        List.of(), Duration.ofSeconds(60), 0, 4, 3, 2),
                new Widget("d", WidgetType.ALARM_STATUS, "Alarms", List.of(), List.of("HighLatency", "Errors"),
                        Widget.AUTO, 3, 4, 9, 1),
                new Widget("e", WidgetType.TEXT, "", List.of(), List.of(), Widget.AUTO, 0, 6, 12, 1,
                        "**On call:** #ops")),
                DashboardSource.cloudWatch("prod", "eu-west-1", null));
        String body = CloudWatchDashboardBody.of(ours, "eu-west-1",
                name -> "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:" + name);
        DashboardImport back = CloudWatchDashboardBody.read(body, "Ops", "prod", null, null);
        assertThat(back.notes()).isEmpty();
        assertThat(withoutIds(back.dashboard())).isEqualTo(withoutIds(ours));
    }

    @Test
    void oddCloudWatchPositionsStayInsideTheTwelveColumnsAndNeverVanish() {
        String body = "{\"widgets\": ["
                + "{\"type\":\"text\",\"x\":23,\"y\":0,\"width\":1,\"height\":1,\"properties\":{\"markdown\":\"a\"}},"
                + "{\"type\":\"text\",\"x\":9,\"y\":3,\"width\":7,\"height\":5,\"properties\":{\"markdown\":\"b\"}},"
                + "{\"type\":\"text\",\"x\":16,\"y\":3,\"width\":8,\"height\":5,\"properties\":{\"markdown\":\"c\"}},"
                + "{\"type\":\"text\",\"properties\":{\"markdown\":\"unplaced\"}}]}";
        List<Widget> widgets = CloudWatchDashboardBody.read(body, "grid", null, "eu-west-1", null).dashboard().widgets();
        assertThat(List.of(widgets.get(0).x(), widgets.get(0).width())).containsExactly(11, 1);
        assertThat(widgets.get(0).height()).isEqualTo(1);
        // Touching on CloudWatch (9+7 = 16), still touching here.
        assertThat(widgets.get(1).x() + widgets.get(1).width()).isEqualTo(widgets.get(2).x());
        assertThat(widgets.get(2).x() + widgets.get(2).width()).isEqualTo(12);
        Widget unplaced = widgets.get(3);
        assertThat(widgets.subList(0, 3)).noneMatch(w -> w.overlaps(unplaced.x(), unplaced.y(), unplaced.width(),
                unplaced.height()));
    }

    @Test
    void aBodyThatIsNotADashboardSaysWhatIsWrong() {
        assertThatThrownBy(() -> CloudWatchDashboardBody.read("{\"widgets\": [", "ops", null, "eu-west-1", null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("'ops' is not valid JSON");
        assertThatThrownBy(() -> CloudWatchDashboardBody.read("[]", "ops", null, "eu-west-1", null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("no \"widgets\" array");
    }

    @Test
    void unsupportedStatisticsAndViewsAreNoted() {
        String body = "{\"variables\":[{\"type\":\"property\",\"property\":\"FunctionName\",\"inputType\":\"select\","
                + "\"id\":\"fn\",\"label\":\"Function\",\"defaultValue\":\"orders\",\"visible\":true}],"
                + "\"widgets\":[{\"type\":\"metric\",\"x\":0,\"y\":0,\"width\":6,\"height\":6,\"properties\":{"
                + "\"annotations\":{\"horizontal\":[{\"label\":\"SLO\",\"value\":250}]},"
                + "\"view\":\"bar\",\"region\":\"eu-west-1\",\"title\":\"Latency\",\"metrics\":["
                + "[\"App\",\"Latency\",{\"stat\":\"TM(10%:90%)\"}],[\"App\",\"Latency\",{\"period\":60}],"
                + "[\"App\",\"Latency\",{\"region\":\"us-west-2\",\"stat\":\"p90\"}]]}},"
                + "{\"type\":\"explorer\",\"x\":6,\"y\":0,\"width\":6,\"height\":6,\"properties\":{}}]}";
        DashboardImport imported = CloudWatchDashboardBody.read(body, "ops", null, null, null);
        assertThat(imported.dashboard().widgets()).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo(WidgetType.LINE);
            assertThat(w.metrics()).extracting(WidgetMetric::statistic).containsExactly(Statistic.AVERAGE,
                    Statistic.parse("p90"));
        });
        assertThat(imported.notes()).containsExactly(
                "dashboard variables (1) not kept: widgets show the values written in the body",
                "widget 1 (Latency), metric 1 (Latency): statistic TM(10%:90%) is not supported, skipped",
                "widget 1 (Latency), metric 2 (Latency): its own period of 60 s is not kept; the widget's period"
                        + " applies",
                "widget 1 (Latency), metric 3 (Latency): its own region us-west-2 is not kept; the dashboard's"
                        + " region applies",
                "widget 1 (Latency): the bar view is shown as a line chart",
                "widget 1 (Latency): horizontal annotations not shown (alarm thresholds are, from the alarms)",
                "widget 2: explorer widget skipped (the workbench shows metric, alarm and text widgets)");
    }

    static Dashboard withoutIds(Dashboard dashboard) {
        List<Widget> widgets = dashboard.widgets().stream().map(w -> new Widget("-", w.type(), w.title(), w.metrics(),
                w.alarms(), w.period(), w.x(), w.y(), w.width(), w.height(), w.markdown())).toList();
        return new Dashboard(dashboard.name(), widgets, dashboard.source());
    }
}
