package io.dataops.workbench.ui.quality.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.history.ExpectationOutcome;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.common.Theme;
import io.dataops.workbench.ui.quality.QualityView;
import io.dataops.workbench.ui.quality.QualityViewModel;
import io.dataops.workbench.ui.quality.ValidationWorkspace;
import io.dataops.workbench.ui.quality.WorkspaceDatabaseSource;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.web.WebView;
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

/**
 * The builder driven like a user on the payments sample: accept three suggestions, move a bound and watch the
 * live result turn, save and diff two versions, run a checkpoint and open its data docs.
 */
@ExtendWith(ApplicationExtension.class)
class BuilderFlowTest {

    private static final String BETWEEN = "expect_column_values_to_be_between";

    @TempDir
    Path directory;

    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;
    private QualityViewModel viewModel;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() {
        workspace = Workspace.open(directory.resolve("ws"));
        QualityWorkspace quality = new QualityWorkspace(workspace, new SecretKeyFile(directory.resolve("config")), Map.of());
        runner = new FxTaskRunner((context, error) -> { });
        viewModel = new QualityViewModel(quality, WorkspaceDatabaseSource.of(workspace.databaseFile()),
                workspace.projects(), workspace.recentItems(), runner,
                new ValidationWorkspace(workspace::connect, directory.resolve("docs"),
                        new FxDebouncer(ValidationWorkspace.LIVE_DELAY), uri -> { }));
        Fx.run(() -> {
            Scene scene = new Scene(new QualityView(viewModel), 1280, 800);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            viewModel.load();
        });
    }


    @AfterEach
    void close() {
        runner.close();
        workspace.close();
    }

    @Test
    void suggestionsBecomeASuiteThatIsVersionedCheckedAndDocumented(FxRobot robot) {
        robot.clickOn("#quality-profile-sample");
        await(robot, () -> viewModel.profile().profileProperty().get() != null);
        robot.clickOn(robot.lookup(".tab").lookup("Build suite").<Node>query());

        robot.clickOn("#builder-column");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "AMOUNT".equals(c.getText()))
                .<Node>query());
        await(robot, () -> suggestionTypes(robot).contains(BETWEEN));
        clickAcceptOf(robot, BETWEEN);
        await(robot, () -> viewModel.builder().suite().expectations().size() == 1);
        robot.clickOn("#builder-suggest-suite");
        await(robot, () -> suggestionTypes(robot).size() >= 2);
        robot.clickOn(robot.lookup("#builder-suggestions .suggestion-accept").<Node>query());
        await(robot, () -> viewModel.builder().suite().expectations().size() == 2);
        robot.clickOn(robot.lookup("#builder-suggestions .suggestion-accept").<Node>query());
        await(robot, () -> viewModel.builder().suite().expectations().size() == 3);
        assertThat(Fx.call(() -> text(robot, "#suite-json"))).contains(BETWEEN);

        robot.clickOn(robot.lookup("#builder-expectations .list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(BETWEEN)).<Node>query());
        await(robot, () -> robot.lookup("#kwarg-max_value").tryQuery().isPresent());
        await(robot, () -> viewModel.builder().preview().stateProperty().get() == LivePreviewViewModel.State.PASSED);
        assertThat(label(robot, "#live-summary")).startsWith("Passes: 0 unexpected");
        assertThat(Fx.call(() -> text(robot, "#live-sql"))).containsIgnoringCase("select");

        robot.doubleClickOn("#kwarg-max_value").eraseText(12).write("3");
        await(robot, () -> viewModel.builder().preview().stateProperty().get() == LivePreviewViewModel.State.FAILED);
        assertThat(label(robot, "#live-summary")).matches("Fails: [1-9][0-9]* unexpected.*");
        assertThat(Fx.call(() -> viewModel.builder().preview().unexpectedValues())).isNotEmpty();
        ExpectationConfig between = Fx.call(() -> viewModel.builder().suite().selectedProperty().get());
        assertThat(between.kwargs().get("max_value")).isEqualTo(3);

        robot.clickOn(robot.lookup(".tab").lookup("Versions").<Node>query());
        robot.clickOn("#version-save");
        await(robot, () -> viewModel.builder().versions().versions().size() == 1);
        robot.doubleClickOn("#kwarg-max_value").eraseText(12).write("500");
        robot.clickOn("#version-save");
        await(robot, () -> viewModel.builder().versions().versions().size() == 2);
        robot.clickOn("#version-diff");
        await(robot, () -> text(robot, "#version-changes").contains("max_value"));
        assertThat(Fx.call(() -> text(robot, "#version-changes"))).contains("~ " + BETWEEN).contains("3 \u2192 500");

        robot.doubleClickOn("#kwarg-max_value").eraseText(12).write("3");
        robot.clickOn(robot.lookup(".tab").lookup("Checkpoints").<Node>query());
        robot.clickOn("#checkpoint-create");
        await(robot, () -> label(robot, "#checkpoint-status").endsWith("Press Run."));
        robot.clickOn("#checkpoint-run");
        await(robot, () -> viewModel.checkpoints().detailProperty().get() != null);
        assertThat(label(robot, "#checkpoint-status")).contains("0 of 1 validations passed");
        ExpectationOutcome failing = Fx.call(() -> viewModel.checkpoints().detailProperty().get().failures().get(0));
        assertThat(failing.config().type()).isEqualTo(BETWEEN);
        assertThat(failing.unexpectedValues()).isNotEmpty();
        await(robot, () -> robot.lookup("#run-detail .table-row-cell").queryAll().stream()
                .anyMatch(row -> row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("failed"))));
        assertThat(Fx.call(() -> viewModel.checkpoints().trend().size())).isEqualTo(1);

        robot.clickOn(robot.lookup(".tab").lookup("Data docs").<Node>query());
        robot.clickOn("#docs-build");
        await(robot, () -> label(robot, "#docs-status").startsWith("Built"));
        assertThat(Files.exists(directory.resolve("docs").resolve("index.html"))).isTrue();
        await(robot, () -> robot.lookup("#docs-web").tryQuery().isPresent());
        WebView web = robot.lookup("#docs-web").query();
        await(robot, () -> web.getEngine().getLocation().contains("index.html")
                && web.getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED);
        assertThat(Fx.call(() -> web.getEngine().getDocument().getDocumentElement().getTextContent()))
                .contains(viewModel.builder().suite().suiteNameProperty().get());
        assertThat(robot.lookup("#docs-open-browser").queryAs(Button.class).isDisabled()).isFalse();
    }

    private static java.util.List<String> suggestionTypes(FxRobot robot) {
        return Fx.call(() -> robot.lookup("#builder-suggestions").queryListView().getItems().stream()
                .map(s -> ((SuggestedExpectation) s).config().type()).toList());
    }

    private static void clickAcceptOf(FxRobot robot, String type) {
        Node cell = robot.lookup("#builder-suggestions .list-cell").match((ListCell<SuggestedExpectation> c) ->
                c.getItem() != null && c.getItem().config().type().equals(type)).query();
        robot.clickOn(robot.from(cell).lookup(".suggestion-accept").<Node>query());
    }

    private void await(FxRobot robot, Callable<Boolean> condition) {
        try {
            // A busy FX thread (WebKit starting on a loaded machine) is "not yet", not a failure.
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                try {
                    return WaitForAsyncUtils.asyncFx(condition).get(30, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 120 s; profile: '" + label(robot, "#quality-profile-status")
                    + "', live: '" + label(robot, "#live-summary") + "', versions: '" + label(robot, "#version-status")
                    + "', checkpoint: '" + label(robot, "#checkpoint-status") + "', docs: '" + label(robot, "#docs-status")
                    + "'", e);
        }
    }

    private static String label(FxRobot robot, String query) {
        return Fx.call(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextArea.class).getText();
    }

    @SuppressWarnings("unused")
    private static TableView<?> table(FxRobot robot, String query) {
        return robot.lookup(query).queryTableView();
    }

    @SuppressWarnings("unused")
    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }
}
