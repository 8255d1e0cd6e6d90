package io.dataops.workbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.terraform.TerraformVersionCheck;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.common.Theme;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.WorkbenchSettings;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
class SettingsViewTest {

    @TempDir
    Path workspaceDirectory;

    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() {
        workspace = Workspace.open(workspaceDirectory);
        runner = new FxTaskRunner((context, error) -> { });
        SettingsViewModel viewModel = new SettingsViewModel(workspace.workbenchSettings(), runner,
                TerraformVersionCheck::run, () -> AwsProfiles.parse("[default]\n", ""));
        Fx.run(() -> {
            Scene scene = new Scene(new SettingsView(viewModel), 900, 600);
            viewModel.themeProperty().get().applyTo(scene);
            viewModel.themeProperty().addListener((obs, old, theme) -> theme.applyTo(scene));
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() {
        runner.close();
        workspace.close();
    }

    @Test
    void switchingToDarkRestylesLiveAndIsSavedInTheWorkspace(FxRobot robot) {
        robot.clickOn("#settings-theme-dark");
        Fx.waitUntil(() -> stage.getScene().getStylesheets().equals(Theme.DARK.stylesheets()));
        assertThat(workspace.workbenchSettings().theme()).isEqualTo(WorkbenchSettings.Theme.DARK);

        robot.clickOn("#settings-theme-light");
        Fx.waitUntil(() -> stage.getScene().getStylesheets().equals(Theme.LIGHT.stylesheets()));
        assertThat(workspace.workbenchSettings().theme()).isEqualTo(WorkbenchSettings.Theme.LIGHT);
    }

    @Test
    void checkingAMissingBinarySaysSoPlainly(FxRobot robot) {
        robot.doubleClickOn("#settings-terraform-binary").eraseText(12).write("/nonexistent/terraform");
        robot.clickOn("#settings-terraform-check");
        Fx.waitUntil(() -> robot.lookup("#settings-terraform-result").queryAs(Label.class).getText()
                .startsWith("Could not run /nonexistent/terraform"));
        assertThat(workspace.workbenchSettings().terraformBinary()).isEqualTo("/nonexistent/terraform");
    }
}
