package io.dataops.workbench.ui.monitoring.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.ui.testing.Fx;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ControlsFX popup really appears over the owner window with the alarm's title and reason. */
@ExtendWith(ApplicationExtension.class)
class PopupAlarmNotifierTest {

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setScene(new Scene(new StackPane(new Label("main")), 800, 600));
        stage.show();
    }

    @Test
    void showsAPopupWithTheTitleAndReason(FxRobot robot) {
        int before = Fx.call(() -> Window.getWindows().size());
        Fx.run(() -> new PopupAlarmNotifier(stage).show("Alarm cpu-high: OK \u2192 ALARM",
                "Threshold Crossed: 1 datapoint [95.0] was greater than the threshold (80.0).", true));
        Fx.waitUntil(() -> Window.getWindows().size() > before);
        Fx.waitUntil(() -> robot.lookup("Alarm cpu-high: OK \u2192 ALARM").tryQuery().isPresent());
        assertThat(robot.lookup("Threshold Crossed: 1 datapoint [95.0] was greater than the threshold (80.0).")
                .tryQuery()).isPresent();
    }
}
