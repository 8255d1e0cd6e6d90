package io.dataops.workbench.ui.monitoring.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.AlarmStore;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.util.concurrent.TimeUnit;

/** Create an alarm like a user: pick a metric, set the condition, backtest, read the why, export as Terraform. */
@ExtendWith(ApplicationExtension.class)
class AlarmEditorViewTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final MetricId CPU = MetricId.of("Host", "CPUUtilization", Map.of("host", "build-1"));

    @TempDir
    Path directory;

    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;
    private AlarmsPane pane;
    private final List<String> exported = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() throws Exception {
        workspace = Workspace.open(directory.resolve("ws"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AlarmStore store = new AlarmStore(workspace::connect, clock);
        // CPU at 20 %, with a 15-minute burst to 95 % every hour starting at minute 30.
        FakeMetricSource source = new FakeMetricSource(() -> NOW)
                .with(CPU, second -> (second % 3600) >= 1800 && (second % 3600) < 2700 ? 95 : 20);
        runner = new FxTaskRunner((context, error) -> { });
        // The first scene of the JVM loads the toolkit's classes and CSS: on a busy machine that takes longer
        // than Fx.run's 10 s, so wait longer here (a wait, not a timing assertion).
        WaitForAsyncUtils.asyncFx(() -> {
            pane = AlarmsPane.create(store, source, runner, clock, exported::add);
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
    }

    @Test
    void createAnAlarmSeeItsBacktestAndExportItAsTerraform(FxRobot robot) {
        Fx.waitUntil(() -> !pane.editor().metrics().isEmpty());
        robot.clickOn("#alarm-metric");
        robot.clickOn("Host/CPUUtilization{host=build-1}");
        Fx.waitUntil(() -> pane.editor().namespace().get().equals("Host"));
        robot.clickOn("#alarm-name").push(KeyCode.CONTROL, KeyCode.A).write("cpu-high");
        robot.clickOn("#alarm-threshold").write("80");
        Fx.run(() -> {
            pane.editor().evaluationPeriods().set(3);
            pane.editor().datapointsToAlarm().set(2);
        });
        robot.clickOn("#alarm-backtest");
        Fx.waitUntil(() -> !pane.editor().evaluations().isEmpty());

        // 3 h at 1 min: 180 evaluations; the bursts at 03:30, 04:30 and 05:30 each fire once and clear.
        assertThat(pane.editor().evaluations()).hasSize(180);
        List<AlarmEvaluation> alarms = pane.editor().stateChanges().stream()
                .filter(e -> e.state() == AlarmState.ALARM).toList();
        assertThat(alarms).extracting(AlarmEvaluation::time).containsExactly(Instant.parse("2026-11-24T03:32:00Z"),
                Instant.parse("2026-11-24T04:32:00Z"), Instant.parse("2026-11-24T05:32:00Z"));
        assertThat(Fx.call(() -> pane.editorView().chart().series())).hasSize(1);
        assertThat(robot.lookup("#alarm-status").queryLabeled().getText())
                .isEqualTo("Would have gone to ALARM 3 times in 180 evaluations.");

        ListView<AlarmEvaluation> list = robot.lookup("#alarm-evaluations").queryListView();
        int firing = Fx.call(() -> list.getItems().indexOf(alarms.get(0)));
        Fx.run(() -> {
            list.scrollTo(firing);
            list.getSelectionModel().select(firing);
        });
        TextArea why = robot.lookup("#alarm-why").query();
        Fx.waitUntil(() -> why.getText().contains("ALARM (was OK)"));
        assertThat(why.getText()).contains("Threshold Crossed: 2 out of the last 3 datapoints",
                "2026-11-24 03:30:00 UTC  95  breaching", "2026-11-24 03:29:00 UTC  20  not breaching");

        Screenshots.save(stage, "screenshot-alarm-editor.png");

        robot.clickOn("#alarm-save");
        TableView<?> table = robot.lookup("#alarm-list").queryTableView();
        Fx.waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("#alarm-export-terraform");
        Fx.waitUntil(() -> exported.size() == 1);
        String hcl = exported.get(0);
        assertThat(hcl).startsWith("resource \"aws_cloudwatch_metric_alarm\" \"cpu-high\" {")
                .contains("  threshold           = 80\n", "  evaluation_periods  = 3\n",
                        "  datapoints_to_alarm = 2\n", "    host = \"build-1\"\n");
        assertThat(HclParser.parse(hcl, "alarm.tf").diagnostics())
                .noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        TextArea terraform = robot.lookup("#alarm-terraform").query();
        String shown = Fx.call(terraform::getText);
        assertThat(shown).isEqualTo(hcl);
    }


    @Test
    void aBadThresholdIsNamedInsteadOfBacktesting(FxRobot robot) {
        Fx.waitUntil(() -> !pane.editor().metrics().isEmpty());
        robot.clickOn("#alarm-name").write("x");
        robot.clickOn("#alarm-threshold").write("eighty");
        robot.clickOn("#alarm-backtest");
        assertThat(robot.lookup("#alarm-problems").queryLabeled().getText())
                .contains("Threshold 'eighty' is not a number", "Namespace is missing");
        assertThat(pane.editor().evaluations()).isEmpty();
        ComboBox<?> missing = robot.lookup("#alarm-missing").queryAs(ComboBox.class);
        assertThat(Fx.call(() -> missing.getValue().toString())).isEqualTo("MISSING");
    }
}
