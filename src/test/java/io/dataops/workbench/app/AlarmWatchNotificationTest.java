package io.dataops.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmMonitor;
import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.monitor.alarm.ComparisonOperator;
import io.dataops.workbench.monitor.alarm.TreatMissingData;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.monitoring.FxRefreshTicker;
import io.dataops.workbench.ui.monitoring.alarm.AlarmNotifications;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's alarm watch: the real monitor on a timer, a state change ending in one notification on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class AlarmWatchNotificationTest {

    private static final MetricId CPU = MetricId.of("Host", "CPUUtilization", Map.of("host", "build-1"));

    @TempDir
    Path directory;

    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @AfterEach
    void close() {
        Fx.run(() -> stage.hide());
        runner.close();
        workspace.close();
    }

    @Test
    void anAlarmGoingToAlarmRaisesOneNotificationWithItsNameStatesAndReason() throws InterruptedException {
        workspace = Workspace.open(directory.resolve("ws"));
        AlarmStore store = new AlarmStore(workspace::connect, Clock.systemUTC());
        store.put(AlarmDefinition.of("cpu-high", CPU, Statistic.parse("Average"), 60, 1, 1, 80,
                ComparisonOperator.GREATER_THAN_THRESHOLD, TreatMissingData.MISSING));
        FakeMetricSource source = new FakeMetricSource(Instant::now).with(CPU, second -> 95);
        runner = new FxTaskRunner((context, error) -> { });
        List<String> shown = new CopyOnWriteArrayList<>();
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        AlarmNotifications notifications = new AlarmNotifications((title, text, alarm) -> {
            onFx.add(javafx.application.Platform.isFxApplicationThread());
            shown.add(title + " | " + text);
        });
        Fx.run(() -> MonitoringHosting.watchAlarms(
                new AlarmMonitor(store, source, Clock.systemUTC(), notifications::stateChanged), notifications,
                () -> { }, runner, new FxRefreshTicker(50), stage));

        Fx.waitUntil(() -> !shown.isEmpty());
        assertThat(shown.get(0)).startsWith("Alarm cpu-high: INSUFFICIENT_DATA \u2192 ALARM | ")
                .contains("80");
        assertThat(onFx).containsOnly(true);
        // Later rounds (every 200 ms here) keep it in ALARM: no more notifications.
        Thread.sleep(1000);
        assertThat(shown).hasSize(1);
    }
}
