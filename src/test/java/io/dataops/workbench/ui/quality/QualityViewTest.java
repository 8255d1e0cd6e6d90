package io.dataops.workbench.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.common.Theme;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** The Data Quality area driven like a user: add a CSV source, profile it, open a column, compare, cancel. */
@ExtendWith(ApplicationExtension.class)
class QualityViewTest {

    @TempDir
    Path directory;

    private Stage stage;
    private Workspace workspace;
    private QualityWorkspace quality;
    private FxTaskRunner runner;
    private QualityViewModel viewModel;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() {
        workspace = Workspace.open(directory.resolve("ws"));
        quality = new QualityWorkspace(workspace, new SecretKeyFile(directory.resolve("config")), Map.of());
        runner = new FxTaskRunner((context, error) -> { });
        viewModel = new QualityViewModel(quality, WorkspaceDatabaseSource.of(workspace.databaseFile()),
                workspace.projects(), workspace.recentItems(), runner, ValidationWorkspace.of(workspace));
        Fx.run(() -> {
            Scene scene = new Scene(new QualityView(viewModel), 1280, 820);
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
    void aCsvSourceIsAddedProfiledAndAColumnOpenedInDetail(FxRobot robot) throws IOException {
        Path csv = Files.writeString(directory.resolve("orders.csv"),
                "id;amount;city\n1;10.5;Oslo\n2;;Bergen\n3;7.25;Oslo\n4;3;Oslo\n");
        robot.clickOn("#quality-add-file");
        robot.clickOn("#source-name").write("orders");
        robot.clickOn("#source-location").write(csv.toString());
        robot.clickOn("#source-detect");
        await(robot, () -> label(robot, "#source-detected").contains("delimiter ';'"));
        robot.clickOn("#source-save");
        await(robot, () -> viewModel.sources().selectedProperty().get() instanceof FileSource file
                && file.name().equals("orders"));
        assertThat(robot.lookup("#quality-sources").<ListView<DataSource>>query().getItems())
                .extracting(DataSource::name).contains("orders");

        robot.clickOn("#quality-profile");
        await(robot, () -> columns(robot).getItems().size() == 3);
        assertThat(label(robot, "#quality-profile-status")).startsWith("4 rows, 3 columns");

        // The rows exist in the model a layout pulse before their cells are drawn: wait for the cell itself.
        await(robot, () -> !robot.from(robot.lookup("#profile-columns").queryAll()).lookup("city").queryAll().isEmpty());
        robot.clickOn(robot.from(robot.lookup("#profile-columns").queryAll()).lookup("city").<Node>query());
        await(robot, () -> label(robot, "#column-detail-title").equals("city"));
        assertThat(label(robot, "#stat-distinct")).isEqualTo("2");
        assertThat(label(robot, "#stat-nulls")).isEqualTo("0 (0.0 %)");
        BarChart<?, ?> top = robot.lookup("#column-top-values").queryAs(BarChart.class);
        assertThat(Fx.call(() -> top.getData().get(0).getData().size())).isEqualTo(2);

        robot.clickOn(robot.from(robot.lookup("#profile-columns").queryAll()).lookup("amount").<Node>query());
        await(robot, () -> label(robot, "#column-detail-title").equals("amount"));
        assertThat(label(robot, "#stat-nulls")).isEqualTo("1 (25.0 %)");
        BarChart<?, ?> histogram = robot.lookup("#column-histogram").queryAs(BarChart.class);
        assertThat(Fx.call(() -> histogram.getData().get(0).getData())).isNotEmpty();
    }

    @Test
    void twoProfilesAreComparedWithChangesHighlighted(FxRobot robot) throws IOException {
        Path csv = Files.writeString(directory.resolve("daily.csv"), "id,score\n1,5\n2,6\n3,7\n4,8\n");
        quality.sources().save(FileSource.of(csv.toString()).withName("daily"));
        Fx.run(() -> viewModel.sources().load());
        await(robot, () -> viewModel.sources().sources().size() == 2);
        robot.clickOn(robot.from(robot.lookup("#quality-sources").queryAll()).lookup("daily").<Node>query());
        robot.clickOn("#quality-profile");
        await(robot, () -> viewModel.profile().stored().size() == 1);
        Files.writeString(csv, "id,score\n1,5\n2,\n3,\n4,8\n5,9\n6,\n");
        robot.clickOn("#quality-profile");
        await(robot, () -> viewModel.profile().stored().size() == 2);

        robot.clickOn(robot.lookup(".tab").lookup("Compare").<Node>query());
        await(robot, () -> !robot.lookup("#compare-run").query().isDisabled());
        robot.clickOn("#compare-run");
        await(robot, () -> !robot.lookup("#compare-changes").queryTableView().getItems().isEmpty());
        assertThat(label(robot, "#compare-summary")).contains("worth a look");
        await(robot, () -> robot.lookup("#compare-changes .table-row-cell").queryAll().stream()
                .filter(row -> row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("changed"))).count() >= 2);
        assertThat(robot.lookup("#compare-changes").queryTableView().getItems())
                .contains(new ChangeRow("(table)", "rows", "4", "6 (+2)", true));
    }

    @Test
    void theSampleIsProfiledInOneClickAndALongProfileIsCancelled(FxRobot robot) {
        robot.clickOn("#quality-profile-sample");
        await(robot, () -> columns(robot).getItems().size() == 6);

        robot.clickOn("#asset-use-query");
        robot.clickOn("#asset-query").write("SELECT X FROM SYSTEM_RANGE(1, 2000000000)");
        robot.clickOn("#quality-profile");
        await(robot, () -> viewModel.profile().runningProperty().get());
        robot.clickOn("#quality-profile-cancel");
        await(robot, () -> label(robot, "#quality-profile-status").equals("Profiling cancelled."));
        await(robot, () -> runner.runningTasks().isEmpty());
        assertThat(columns(robot).getItems()).hasSize(6); // the last profile stays shown
    }

    /**
     * Waits up to a minute for a profile or comparison (a profile of the sample takes seconds on a busy
     * two-core build machine), saying what the area showed if the wait failed.
     */
    private static void await(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Fx.call(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 60 s; profile status: '" + label(robot, "#quality-profile-status")
                    + "', compare: '" + label(robot, "#compare-summary") + "', sources: '"
                    + label(robot, "#quality-source-message") + "', asset: '" + label(robot, "#asset-status") + "'", e);
        }
    }

    private static TableView<ColumnProfile> columns(FxRobot robot) {
        return robot.lookup("#profile-columns").query();
    }

    private static String label(FxRobot robot, String query) {
        return Fx.call(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
