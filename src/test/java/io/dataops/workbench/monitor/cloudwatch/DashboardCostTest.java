package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetMetric;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a CloudWatch dashboard costs per hour: every refresh requests every series it shows. */
class DashboardCostTest {

    @Test
    void sixHundredSeriesEveryMinuteAre36000MetricsAnHourAboutThirtySixCents() {
        List<Widget> widgets = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            int first = w * 50;
            widgets.add(lineOf("w" + w, IntStream.range(first, first + 50).mapToObj(i -> instance("i-" + i)).toList(),
                    w % 2 * 6, w / 2 * 4));
        }
        Dashboard dashboard = new Dashboard("fleet", widgets, DashboardSource.cloudWatch(null, "eu-west-1", null));

        CloudWatchCost cost = DashboardCost.of(dashboard, Duration.ofMinutes(1));

        assertThat(cost.metricsPerRefresh()).isEqualTo(600);
        assertThat(cost.metricsPerHour()).isEqualTo(36_000);
        assertThat(cost.dollarsPerHour()).isCloseTo(0.36, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cost.describe()).isEqualTo("≈ $0.36/hour (36,000 metrics/hour at every 60s)");
        assertThat(DashboardCost.of(dashboard, Duration.ofSeconds(10)).describe())
                .isEqualTo("≈ $2.16/hour (216,000 metrics/hour at every 10s)");
    }

    @Test
    void textAndAlarmWidgetsCostNothingASeriesShownTwiceIsAskedOnceAndRefreshOffShowsOneRefreshsPrice() {
        Widget text = new Widget("t", WidgetType.TEXT, "Notes", List.of(), List.of(), Widget.AUTO, 0, 0, 6, 2, "# Hi");
        Widget alarmStatus = new Widget("a", WidgetType.ALARM_STATUS, "Alarms", List.of(), List.of("cpu-high"),
                Widget.AUTO, 6, 0, 6, 2);
        Widget two = lineOf("l", List.of(instance("i-1"), instance("i-2")), 0, 2);
        Widget again = new Widget("n", WidgetType.NUMBER, "Now", List.of(instance("i-1")), List.of(), Widget.AUTO,
                6, 2, 3, 2);
        Dashboard dashboard = new Dashboard("mixed", List.of(text, alarmStatus, two, again),
                DashboardSource.cloudWatch(null, "eu-west-1", null));

        assertThat(DashboardCost.metricsPerRefresh(dashboard)).isEqualTo(2);
        assertThat(DashboardCost.of(dashboard, Duration.ZERO).describe())
                .isEqualTo("$0.00002 per refresh (2 metrics); auto-refresh off");
        // Under a cent an hour shows two significant digits rather than "$0.00".
        assertThat(DashboardCost.of(dashboard, Duration.ofMinutes(1)).describe())
                .isEqualTo("≈ $0.0012/hour (120 metrics/hour at every 60s)");
        assertThat(CloudWatchCost.dollars(0.36)).isEqualTo("$0.36");
        assertThat(CloudWatchCost.dollars(0)).isEqualTo("$0.00");
    }

    private static WidgetMetric instance(String id) {
        return new WidgetMetric(MetricId.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", id)), Statistic.AVERAGE);
    }

    private static Widget lineOf(String id, List<WidgetMetric> metrics, int x, int y) {
        return new Widget(id, WidgetType.LINE, id, metrics, List.of(), Widget.AUTO, x, y, 6, 4);
    }
}
