package io.dataops.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.store.LocalMetricStore;
import io.dataops.workbench.monitor.store.MetricSample;
import io.dataops.workbench.ui.infrastructure.editor.EditorTab;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
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

/** "Export as Terraform" on an alarm ends in the Infrastructure area's editor, in a new file. */
@ExtendWith(ApplicationExtension.class)
class MonitoringExportToEditorTest {

    private static final MetricId QUEUE = MetricId.of("Test", "QueueDepth", Map.of("queue", "orders"));

    @TempDir
    Path directory;

    private Stage stage;
    private Workspace workspace;
    private WorkbenchWindow window;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(directory.resolve("ws"));
        new LocalMetricStore(workspace::connect).put(List.of(new MetricSample(QUEUE, "Count", Instant.now(), 3)));
        window = WaitForAsyncUtils.asyncFx(() -> WorkbenchWindow.show(stage, workspace)).get(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        Fx.run(window::close);
        workspace.close();
    }

    @Test
    void exportingAnAlarmOpensItsTerraformInTheInfrastructureEditor(FxRobot robot) throws Exception {
        robot.clickOn("#nav-monitoring");
        robot.clickOn("#monitoring-tab-alarms");
        ComboBox<?> metric = robot.lookup("#alarm-metric").queryAs(ComboBox.class);
        Fx.waitUntil(() -> metric.getItems().stream().anyMatch(m -> m.toString().contains("QueueDepth")));
        Fx.run(() -> {
            for (int i = 0; i < metric.getItems().size(); i++) {
                if (metric.getItems().get(i).toString().contains("QueueDepth")) {
                    metric.getSelectionModel().select(i);
                }
            }
        });
        robot.clickOn("#alarm-name").push(KeyCode.CONTROL, KeyCode.A).write("orders-backlog");
        robot.clickOn("#alarm-threshold").write("100");
        robot.clickOn("#alarm-export-terraform");

        Fx.waitUntil(() -> editorTab(robot).isPresent());
        EditorTab tab = editorTab(robot).orElseThrow();
        assertThat(robot.lookup("#area-infrastructure").query().isVisible()).isTrue();
        Path file = tab.document().file();
        assertThat(file.getFileName().toString()).isEqualTo("cloudwatch_orders-backlog.tf");
        Fx.waitUntil(() -> Fx.call(() -> tab.editor().text()).contains("resource \"aws_cloudwatch_metric_alarm\""));
        assertThat(Files.readString(file)).contains("resource \"aws_cloudwatch_metric_alarm\" \"orders-backlog\"");

        // A second export never overwrites the first file: it takes a free name.
        robot.clickOn("#nav-monitoring");
        robot.clickOn("#alarm-export-terraform");
        Fx.waitUntil(() -> Files.exists(file.resolveSibling("cloudwatch_orders-backlog_2.tf")));
        assertThat(Files.readString(file)).contains("aws_cloudwatch_metric_alarm");
    }

    private static Optional<EditorTab> editorTab(FxRobot robot) {
        return Fx.call(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(pane -> pane.getTabs().stream())
                .filter(t -> t instanceof EditorTab && t.isSelected()
                        && ((EditorTab) t).document().file().getFileName().toString().startsWith("cloudwatch_"))
                .map(t -> (EditorTab) t).findFirst());
    }
}
