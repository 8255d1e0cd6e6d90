package io.dataops.workbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.ui.testing.Fx;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

    private Stage owner;
    private Alert alert;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        Theme.LIGHT.applyTo(stage.getScene());
        stage.show();
    }

    @AfterEach
    void closeDialog() {
        if (alert != null) {
            Fx.run(alert::close);
        }
    }

    @Test
    void showsThePlainMessageWithTheStackTraceFoldedAway(FxRobot robot) {
        alert = Fx.call(() -> ErrorDialog.create(owner, "Preview SAMPLES.PAYMENT",
                new UserFacingException("The table SAMPLES.PAYMENT does not exist any more.",
                        new IllegalStateException("inner detail"))));
        Fx.run(alert::show);

        Label message = robot.lookup("#error-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("The table SAMPLES.PAYMENT does not exist any more.");
        assertThat(alert.getDialogPane().isExpanded()).isFalse();
        TextArea details = (TextArea) alert.getDialogPane().getExpandableContent().lookup("#error-details");
        assertThat(details.getText()).contains("inner detail").contains("at ");

        robot.clickOn("Show Details");
        Fx.waitUntil(() -> alert.getDialogPane().isExpanded());
    }

    @Test
    void unexpectedExceptionsGetAGenericSentenceNotAStackTrace(FxRobot robot) {
        alert = Fx.call(() -> ErrorDialog.create(owner, "Load projects", new NullPointerException("x")));
        Fx.run(alert::show);
        String text = robot.lookup("#error-message").queryAs(Label.class).getText();
        assertThat(text).isEqualTo(ErrorMessages.GENERIC).doesNotContain("NullPointerException");
    }
}
