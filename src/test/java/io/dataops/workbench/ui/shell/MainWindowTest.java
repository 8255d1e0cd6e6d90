package io.dataops.workbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.app.WorkbenchWindow;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.RecentItem;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path workspaceDirectory;

    private Stage stage;
    private Workspace workspace;
    private WorkbenchWindow window;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @BeforeEach
    void openWindow() {
        workspace = Workspace.open(workspaceDirectory);
        window = Fx.call(() -> WorkbenchWindow.show(stage, workspace));
    }

    @AfterEach
    void closeWindow() {
        Fx.run(window::close);
        workspace.close();
    }

    @Test
    void windowOpensOnTheInfrastructureAreaWithTheWorkspaceInTheTitle(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("DataOps Workbench \u2014 " + workspace.directory());
        assertThat(visible(robot, "#area-infrastructure")).isTrue();
        Fx.waitUntil(() -> robot.lookup("#infra-projects").queryListView().getItems().size() >= 2);
        Fx.waitUntil(() -> robot.lookup("#infra-files").queryAs(javafx.scene.control.TreeView.class).getRoot() != null);
    }

    @Test
    void eachAreaIsReachableByClickingItsNavigationEntry(FxRobot robot) {
        robot.clickOn("#nav-quality");
        assertThat(visible(robot, "#area-quality")).isTrue();
        assertThat(visible(robot, "#area-infrastructure")).isFalse();
        robot.clickOn("#nav-monitoring");
        assertThat(visible(robot, "#area-monitoring")).isTrue();
        robot.clickOn("#nav-settings");
        assertThat(visible(robot, "#area-settings")).isTrue();
        robot.clickOn("#nav-infrastructure");
        assertThat(visible(robot, "#area-infrastructure")).isTrue();
    }

    @Test
    void eachAreaIsReachableByItsShortcut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(visible(robot, "#area-quality")).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(visible(robot, "#area-monitoring")).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(visible(robot, "#area-settings")).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(visible(robot, "#area-infrastructure")).isTrue();
    }

    @Test
    void dataQualityProfilesThePaymentsSampleInOneClick(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quality");
        robot.clickOn("#quality-profile-sample");
        // Profiling takes seconds on a busy two-core build machine: wait longer than Fx.waitUntil does.
        org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Fx.call(() ->
                robot.lookup("#profile-columns").queryTableView().getItems().size() == 6));
        assertThat(Fx.call(() -> robot.lookup("#quality-profile-status").queryAs(Label.class).getText()))
                .startsWith("3,201 rows");
    }

    @Test
    void aBackgroundTaskShowsItsProgressInTheStatusBarAndItsCancelButtonStopsIt(FxRobot robot) throws Exception {
        Fx.waitUntil(() -> window.taskRunner().runningTasks().isEmpty());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch workEnded = new CountDownLatch(1);
        AtomicBoolean stopActionRan = new AtomicBoolean();
        AtomicBoolean finishedNormally = new AtomicBoolean();
        RunningTask task = Fx.call(() -> window.taskRunner().submit(BackgroundTask.of("Count rows", context -> {
            try (var registration = context.onCancel(() -> stopActionRan.set(true))) {
                context.progress(30, 100);
                context.message("30 of 100");
                running.countDown();
                new CountDownLatch(1).await(); // blocked like a long query, until cancelled
                finishedNormally.set(true);
                return null;
            } finally {
                workEnded.countDown();
            }
        })));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        Fx.waitUntil(() -> robot.lookup("#status-tasks .task-entry").tryQuery().isPresent());
        Fx.waitUntil(() -> robot.lookup("#status-tasks .progress-bar").queryAs(ProgressBar.class).getProgress() == 0.3);
        assertThat(robot.lookup("#status-tasks .task-title").queryAs(Label.class).getText()).isEqualTo("Count rows");
        Fx.waitUntil(() -> robot.lookup("#status-tasks").lookup("30 of 100").tryQuery().isPresent());

        robot.clickOn("#status-tasks .task-cancel");

        assertThat(workEnded.await(10, TimeUnit.SECONDS)).as("the work stopped").isTrue();
        assertThat(stopActionRan).as("the registered stop action ran").isTrue();
        assertThat(finishedNormally).isFalse();
        Fx.waitUntil(() -> !window.taskRunner().runningTasks().contains(task));
        Fx.waitUntil(() -> robot.lookup("#status-tasks .task-entry").tryQuery().isEmpty());
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("cancelling is not an error").isEmpty();
    }

    @Test
    void geometryAndOpenAreaAreRestoredInANewWindowOnTheSameWorkspace(FxRobot robot) {
        robot.clickOn("#nav-monitoring");
        Fx.run(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        Fx.run(window::close);
        workspace.close();

        workspace = Workspace.open(workspaceDirectory);
        window = Fx.call(() -> WorkbenchWindow.show(new Stage(), workspace));
        Stage reopened = window.stage();
        assertThat(reopened).isNotSameAs(stage);
        assertThat(new double[] {reopened.getX(), reopened.getY(), reopened.getWidth(), reopened.getHeight()})
                .containsExactly(40, 30, 1000, 700);
        assertThat(visible(robot, "#area-monitoring")).isTrue();
    }

    @Test
    void openedProjectsAreListedAsRecentSurviveARestartAndReopenOnClick(FxRobot robot) {
        Fx.waitUntil(() -> robot.lookup("#infra-projects").queryListView().getItems().size() >= 2);
        Project second = (Project) Fx.call(() -> robot.lookup("#infra-projects").queryListView().getItems().get(1));
        robot.clickOn(robot.from(robot.lookup("#infra-projects").queryAll()).lookup(second.name()).<Node>query());
        Fx.waitUntil(() -> robot.lookup("#recent-items").queryListView().getItems().stream()
                .anyMatch(item -> ((RecentItem) item).location().equals(second.location())));

        Fx.run(window::close);
        workspace.close();
        workspace = Workspace.open(workspaceDirectory);
        window = Fx.call(() -> WorkbenchWindow.show(new Stage(), workspace));
        // The Infrastructure area opens a project when it starts, which is recent too: look for ours.
        Fx.waitUntil(() -> robot.lookup("#recent-items").queryListView().getItems().stream()
                .anyMatch(item -> ((RecentItem) item).location().equals(second.location())));

        robot.clickOn("#nav-settings");
        robot.clickOn(robot.from(robot.lookup("#recent-items").queryAll()).lookup(second.name()).<Node>query());
        assertThat(visible(robot, "#area-infrastructure")).isTrue();
        Fx.waitUntil(() -> second.equals(robot.lookup("#infra-projects").queryListView().getSelectionModel()
                .getSelectedItem()));
    }

    private static boolean visible(FxRobot robot, String query) {
        return Fx.call(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }
}
