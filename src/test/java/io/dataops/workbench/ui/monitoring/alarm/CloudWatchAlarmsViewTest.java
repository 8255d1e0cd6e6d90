package io.dataops.workbench.ui.monitoring.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.AwsProfiles;
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
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.common.Theme;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.ui.testing.Screenshots;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Like a user, against the stub: list CloudWatch's alarms, read one's history, edit it and put it back. */
@ExtendWith(ApplicationExtension.class)
class CloudWatchAlarmsViewTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

    @TempDir
    Path directory;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;
    private AlarmsPane pane;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() throws Exception {
        workspace = Workspace.open(directory.resolve("ws"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AlarmStore store = new AlarmStore(workspace::connect, clock);
        FakeMetricSource local = new FakeMetricSource(() -> NOW)
                .with(MetricId.of("Host", "CPUUtilization", Map.of("host", "build-1")), second -> 20);
        CloudWatchAccess access = new CloudWatchAccess(AwsProfiles.parse("", ""), "", "us-east-1",
                c -> new CloudWatchAlarms(clients, c), c -> new CloudWatchMetricSource(c, clients.client(c),
                (namespace, context) -> java.util.List.of(), clock, new CloudWatchSeriesCache(100),
                new CloudWatchUsage()), clock);
        runner = new FxTaskRunner((context, error) -> { });
        WaitForAsyncUtils.asyncFx(() -> {
            pane = AlarmsPane.create(store, local, runner, clock, hcl -> { }, access);
            Scene scene = new Scene(pane, 1260, 780);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
        }).get(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        runner.close();
        workspace.close();
        clients.close();
        stub.close();
    }

    @Test
    void listSelectReadHistoryEditAndPutAfterConfirming(FxRobot robot) {
        stub.respond("DescribeAlarms", AlarmXml.alarmsPage(AlarmXml.CPU_HIGH + AlarmXml.LATENCY_P99,
                AlarmXml.SERVICE_DOWN_COMPOSITE, null));
        stub.respond("DescribeAlarmHistory", AlarmXml.historyPage(
                AlarmXml.stateUpdate("cpu-high", "2026-11-24T05:59:12.345Z", "OK", "ALARM",
                        "Threshold Crossed: 3 out of the last 5 datapoints were greater than the threshold (80.0)")
                        + AlarmXml.stateUpdate("cpu-high", "2026-11-24T05:31:00.000Z", "INSUFFICIENT_DATA", "OK",
                        "Threshold Crossed: 5 datapoints were not greater than the threshold (80.0)")
                        + AlarmXml.configurationUpdate("cpu-high", "2026-11-24T05:30:00.000Z"), null));
        stub.respond("PutMetricAlarm", CloudWatchStub.okEmpty("PutMetricAlarm"));

        robot.clickOn("#alarms-tab-cloudwatch");
        robot.clickOn("#cw-alarm-endpoint").write(stub.endpoint().toString());
        robot.clickOn("#cw-alarm-refresh");
        TableView<CloudWatchAlarm> alarms = robot.lookup("#cw-alarm-list").queryTableView();
        waitLong(() -> alarms.getItems().size() == 3);
        assertThat(robot.lookup("#cw-alarm-status").queryLabeled().getText()).startsWith("3 alarms, 1 in ALARM");

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(alarms).lookup("cpu-high").<Node>query());
        TableView<?> history = robot.lookup("#cw-alarm-history").queryTableView();
        Fx.waitUntil(() -> history.getItems().size() == 3);
        assertThat(Fx.call(() -> history.getItems().stream().map(Object::toString).toList()))
                .anySatisfy(item -> assertThat(item).contains("oldState=Optional[OK]", "newState=Optional[ALARM]"));
        assertThat(pane.editor().name().get()).isEqualTo("cpu-high");
        assertThat(pane.editor().threshold().get()).isEqualTo("80");
        assertThat(robot.lookup("#alarm-backtest-source").queryLabeled().getText())
                .isEqualTo("Backtest on CloudWatch us-east-1");
        // Backtest on CloudWatch: 95 % from 05:00 to 05:14 in GetMetricData's answer, 20 % otherwise.
        java.util.List<Instant> times = new java.util.ArrayList<>();
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (Instant t = Instant.parse("2026-11-24T02:53:00Z"); t.isBefore(NOW); t = t.plusSeconds(60)) {
            times.add(t);
            values.add(!t.isBefore(Instant.parse("2026-11-24T05:00:00Z"))
                    && t.isBefore(Instant.parse("2026-11-24T05:15:00Z")) ? 95.0 : 20.0);
        }
        stub.respond("GetMetricData", MetricDataXml.response(null, MetricDataXml.result("m0", "CPUUtilization",
                "Complete", times, values)));
        robot.clickOn("#alarm-backtest");
        waitLong(() -> !pane.editor().evaluations().isEmpty());
        assertThat(stub.requests("GetMetricData")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "CPUUtilization"));
        assertThat(robot.lookup("#alarm-status").queryLabeled().getText())
                .isEqualTo("Would have gone to ALARM 1 time in 180 evaluations.");
        Screenshots.save(stage, "screenshot-cloudwatch-alarms.png");

        robot.clickOn("#alarm-threshold").push(KeyCode.CONTROL, KeyCode.A).write("90");
        robot.clickOn("#alarm-put-cloudwatch");
        DialogPane dialog = robot.lookup("#cw-put-dialog").query();
        assertThat(dialog.getHeaderText()).startsWith("Creates or overwrites alarm 'cpu-high' in region us-east-1");
        assertThat(robot.lookup("#cw-put-json").queryTextInputControl().getText()).contains("\"Threshold\" : 90.0",
                "\"AlarmActions\" : [ \"arn:aws:sns:us-east-1:123456789012:ops\" ]");
        assertThat(stub.requests("PutMetricAlarm")).as("nothing sent before confirming").isEmpty();
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Put to CloudWatch"))
                .queryAs(Button.class));

        Fx.waitUntil(() -> !stub.requests("PutMetricAlarm").isEmpty());
        assertThat(stub.requests("PutMetricAlarm")).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("AlarmName", "cpu-high").containsEntry("Threshold", "90.0")
                .containsEntry("Statistic", "Average").containsEntry("Namespace", "AWS/EC2")
                .containsEntry("Dimensions.member.1.Name", "InstanceId")
                .containsEntry("Dimensions.member.1.Value", "i-1234567890abcdef0")
                .containsEntry("EvaluationPeriods", "5").containsEntry("DatapointsToAlarm", "3")
                .containsEntry("TreatMissingData", "breaching").containsEntry("Unit", "Percent")
                .containsEntry("AlarmActions.member.1", "arn:aws:sns:us-east-1:123456789012:ops"));
        // After the put, the list is read again with the alarm still selected.
        Fx.waitUntil(() -> robot.lookup("#cw-alarm-status").queryLabeled().getText()
                .equals("Put alarm 'cpu-high' to CloudWatch in us-east-1.") && !pane.cloudWatch().busy().get());
        assertThat(stub.requests("DescribeAlarms")).hasSize(2);
        assertThat(Fx.call(() -> pane.cloudWatch().selected().get().name())).isEqualTo("cpu-high");
    }

    @Test
    void anExpiredTokenIsShownAsWhatToDo(FxRobot robot) {
        stub.fail("DescribeAlarms", 403, "ExpiredToken", "The security token included in the request is expired");
        robot.clickOn("#alarms-tab-cloudwatch");
        robot.clickOn("#cw-alarm-endpoint").write(stub.endpoint().toString());
        Fx.run(() -> pane.cloudWatch().profile().set("prod-sso"));
        robot.clickOn("#cw-alarm-refresh");
        waitLong(() -> !robot.lookup("#cw-alarm-error").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#cw-alarm-error").queryLabeled().getText())
                .contains("the AWS credentials of profile 'prod-sso'").contains("have expired")
                .contains("aws sso login --profile prod-sso");
    }

    /**
     * The first SDK client of a JVM loads many classes: on a busy two-core machine that alone can pass Fx.waitUntil's
     * 10 s, so the first CloudWatch answer gets a minute (a wait, not a timing assertion).
     */
    private static void waitLong(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Fx.call(condition));
        } catch (Exception e) {
            throw new AssertionError("condition not met in 60 s", e);
        }
    }

}
