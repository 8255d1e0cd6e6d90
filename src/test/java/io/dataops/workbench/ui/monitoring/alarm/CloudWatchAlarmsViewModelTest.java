package io.dataops.workbench.ui.monitoring.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarm;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarms;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricSource;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchSeriesCache;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchUsage;
import io.dataops.workbench.monitor.cloudwatch.testing.AlarmXml;
import io.dataops.workbench.monitor.cloudwatch.testing.MetricDataXml;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CloudWatch side of the Alarms tab without the toolkit, against the stub. */
class CloudWatchAlarmsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final MetricId CPU = MetricId.of("AWS/EC2", "CPUUtilization", Map.of("InstanceId", "i-1234567890abcdef0"));
    private static final AwsProfiles PROFILES = AwsProfiles.parse(
            "[default]\nregion = eu-west-1\n[profile prod-sso]\nregion = us-east-1\nsso_session = corp\n", "");

    @TempDir
    Path dir;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    // CPU at 20 %, 95 % from 05:00 to 05:15: a backtest on "CloudWatch" metrics should see that burst.
    private final FakeMetricSource cloudMetrics = new FakeMetricSource(() -> NOW)
            .with(CPU, second -> second >= NOW.getEpochSecond() - 3600 && second < NOW.getEpochSecond() - 2700 ? 95 : 20);
    private final List<String> backtestConnections = new ArrayList<>();
    private CloudWatchAlarmsViewModel model;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        model = new CloudWatchAlarmsViewModel(access("prod-sso", ""), runner);
        model.endpoint().set(stub.endpoint().toString());
    }

    @AfterEach
    void close() {
        workspace.close();
        clients.close();
        stub.close();
    }

    private CloudWatchAccess access(String profile, String region) {
        return new CloudWatchAccess(PROFILES, profile, region, c -> new CloudWatchAlarms(clients, c), c -> {
            backtestConnections.add(c.describe());
            return cloudMetrics;
        }, clock);
    }

    @Test
    void theDefaultsComeFromSettingsAndTheProfilesRegion() {
        assertThat(model.profile().get()).isEqualTo("prod-sso");
        assertThat(model.region().get()).as("the profile's region when Settings names none").isEqualTo("us-east-1");
        assertThat(new CloudWatchAlarmsViewModel(access("prod-sso", "ap-south-1"), runner).region().get())
                .isEqualTo("ap-south-1");
        model.profile().set("default");
        assertThat(model.region().get()).isEqualTo("eu-west-1");
        assertThat(model.profileChoices()).containsExactly("default", "prod-sso");
    }

    @Test
    void refreshListsEveryPageAndSelectingShowsTheHistory() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH, "", "p2"));
        stub.respondWhere("DescribeAlarms", "NextToken", "p2",
                AlarmXml.alarmsPage(AlarmXml.LATENCY_P99, AlarmXml.SERVICE_DOWN_COMPOSITE, null));
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage(
                AlarmXml.stateUpdate("cpu-high", "2026-11-24T05:59:12.345Z", "OK", "ALARM", "Threshold Crossed")
                        + AlarmXml.configurationUpdate("cpu-high", "2026-11-24T05:00:00.000Z"), null));

        model.refresh();

        assertThat(model.alarms()).extracting(CloudWatchAlarm::name)
                .containsExactly("cpu-high", "api-latency-p99", "service-down");
        assertThat(model.status().get()).startsWith("3 alarms, 1 in ALARM (profile 'prod-sso', region us-east-1");
        assertThat(model.error().get()).isEmpty();
        model.selected().set(model.alarms().get(0));
        assertThat(model.history()).extracting(i -> i.type() + " " + i.change())
                .containsExactly("StateUpdate OK -> ALARM", "ConfigurationUpdate ");
        assertThat(stub.requests("DescribeAlarmHistory")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("AlarmName", "cpu-high").containsEntry("StartDate", "2026-11-17T06:00:00Z")
                .containsEntry("EndDate", "2026-11-24T06:00:00Z"));
    }

    @Test
    void anExpiredTokenReachesTheScreenAsWhatToDo() {
        stub.fail("DescribeAlarms", 403, "ExpiredToken", "The security token included in the request is expired");
        model.refresh();
        assertThat(model.alarms()).isEmpty();
        assertThat(model.error().get()).contains("profile 'prod-sso'").contains("expired")
                .contains("aws sso login --profile prod-sso");
        assertThat(model.busy().get()).isFalse();
        assertThat(runner.reportedErrors()).as("shown inline, not as a dialog").isEmpty();
    }

    @Test
    void aMissingRegionIsSaidBeforeAnyCall() {
        model.region().set(" ");
        model.refresh();
        assertThat(model.error().get()).contains("No AWS region");
        assertThat(stub.requests("DescribeAlarms")).isEmpty();
    }

    @Test
    void putShowsItsTargetThenSendsTheAlarmAndSelectsIt() {
        stub.respond("PutMetricAlarm", CloudWatchStub.okEmpty("PutMetricAlarm"));
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.LATENCY_P99, "", null));
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage("", null));
        AlarmDefinition p99 = AlarmDefinition.of("api-latency-p99", MetricId.of("AWS/ApplicationELB",
                        "TargetResponseTime", Map.of("LoadBalancer", "app/api/50dc6c495c0c9188")),
                io.dataops.workbench.monitor.metric.Statistic.parse("p99"), 300, 1, 1, 1.5,
                io.dataops.workbench.monitor.alarm.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                io.dataops.workbench.monitor.alarm.TreatMissingData.IGNORE);

        CloudWatchAlarmsViewModel.PutPlan plan = model.planPut(p99).orElseThrow();
        assertThat(plan.question()).startsWith("Creates or overwrites alarm 'api-latency-p99' in region us-east-1"
                + " (profile prod-sso, endpoint http://127.0.0.1:");
        assertThat(plan.json()).contains("\"ExtendedStatistic\" : \"p99\"").doesNotContain("\"Statistic\"");
        assertThat(stub.requests("PutMetricAlarm")).as("nothing is sent before the confirmation").isEmpty();

        List<String> done = new ArrayList<>();
        model.put(plan, done::add);

        assertThat(stub.requests("PutMetricAlarm")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("AlarmName", "api-latency-p99").containsEntry("ExtendedStatistic", "p99")
                .containsEntry("Threshold", "1.5").doesNotContainKey("Statistic"));
        assertThat(done).containsExactly("Put alarm 'api-latency-p99' to CloudWatch in us-east-1.");
        assertThat(model.selected().get().name()).isEqualTo("api-latency-p99");
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void aCloudWatchAlarmBacktestsOnCloudWatchMetricsWithItsActionsKept() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH, "", null));
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage("", null));
        FakeMetricSource local = new FakeMetricSource(() -> NOW).with(CPU, second -> 0);
        AlarmEditorViewModel editor = new AlarmEditorViewModel(local, new AlarmStore(workspace::connect, clock),
                runner, clock);
        model.refresh();
        CloudWatchAlarm cpu = model.alarms().get(0);
        editor.edit(cpu.definition().orElseThrow());
        editor.useBacktestSource(model.backtestSource().orElseThrow(), model.backtestLabel());
        editor.range().set(java.time.Duration.ofHours(3));

        editor.backtest();

        assertThat(editor.backtestSourceLabel().get()).isEqualTo("CloudWatch us-east-1 (profile prod-sso)");
        assertThat(backtestConnections).singleElement().asString().contains("region us-east-1");
        assertThat(local.answered()).as("the local store is not read").isEmpty();
        assertThat(cloudMetrics.answered()).singleElement().satisfies(q -> {
            assertThat(q.metric()).isEqualTo(CPU);
            assertThat(q.period()).hasSeconds(60);
        });
        // 95 % for 15 minutes, alarm on 3 of 5 one-minute periods above 80: one ALARM, then back to OK.
        assertThat(editor.stateChanges()).extracting(e -> e.state())
                .containsSubsequence(AlarmState.ALARM, AlarmState.OK);
        AlarmDefinition edited = editor.definition();
        assertThat(edited.alarmActions()).containsExactly("arn:aws:sns:us-east-1:123456789012:ops");
        assertThat(edited.unit()).isEqualTo("Percent");
        assertThat(edited.actionsEnabled()).isTrue();
        editor.clear();
        editor.useLocalSource();
        assertThat(editor.backtestSourceLabel().get()).isEqualTo("local metrics");
    }

    @Test
    void aBacktestReadsTheAlarmsMetricThroughGetMetricData() {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH, "", null));
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage("", null));
        // Every minute of the backtest's query range; 95 % from 05:00 to 05:14, 20 % otherwise, ascending as asked.
        List<Instant> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Instant t = Instant.parse("2026-11-24T02:53:00Z"); t.isBefore(NOW); t = t.plusSeconds(60)) {
            times.add(t);
            boolean burst = !t.isBefore(Instant.parse("2026-11-24T05:00:00Z")) && t.isBefore(Instant.parse("2026-11-24T05:15:00Z"));
            values.add(burst ? 95.0 : 20.0);
        }
        stub.respond("GetMetricData", MetricDataXml.response(null, MetricDataXml.result("m0", "CPUUtilization",
                "Complete", times, values)));
        CloudWatchAlarmsViewModel real = new CloudWatchAlarmsViewModel(new CloudWatchAccess(PROFILES, "", "us-east-1",
                c -> new CloudWatchAlarms(clients, c), c -> new CloudWatchMetricSource(c, clients.client(c),
                (namespace, context) -> List.of(), clock, new CloudWatchSeriesCache(100), new CloudWatchUsage()),
                clock), runner);
        real.endpoint().set(stub.endpoint().toString());
        AlarmEditorViewModel editor = new AlarmEditorViewModel(new FakeMetricSource(() -> NOW),
                new AlarmStore(workspace::connect, clock), runner, clock);
        real.refresh();
        editor.edit(real.alarms().get(0).definition().orElseThrow());
        editor.useBacktestSource(real.backtestSource().orElseThrow(), real.backtestLabel());

        editor.backtest();

        assertThat(stub.requests("GetMetricData")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Namespace", "AWS/EC2")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "CPUUtilization")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value",
                        "i-1234567890abcdef0")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Stat", "Average")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Period", "60"));
        // 3 of 5 minutes above 80 first at 05:03 (the period ending 05:03); 3 of 5 fine again at 05:18.
        assertThat(editor.stateChanges()).extracting(e -> e.time() + " " + e.state()).contains(
                "2026-11-24T05:03:00Z ALARM", "2026-11-24T05:18:00Z OK");
        assertThat(editor.status().get()).isEqualTo("Would have gone to ALARM 1 time in 180 evaluations.");
    }
}
