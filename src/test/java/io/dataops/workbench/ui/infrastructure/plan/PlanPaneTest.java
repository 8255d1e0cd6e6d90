package io.dataops.workbench.ui.infrastructure.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.terraform.plan.AttributeDiff;
import io.dataops.workbench.terraform.plan.BlockLocation;
import io.dataops.workbench.terraform.plan.ResourceChange;
import io.dataops.workbench.terraform.run.RunInputs;
import io.dataops.workbench.terraform.run.TerraformTool;
import io.dataops.workbench.testsupport.Requirements;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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

/** The plan view on the workspace's offline sample, with the real terraform binary (headless). */
@ExtendWith(ApplicationExtension.class)
class PlanPaneTest {

    @TempDir
    Path temp;

    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;
    private PlanPane pane;
    private final AtomicReference<String> binary = new AtomicReference<>();
    private final AtomicReference<BlockLocation> jumped = new AtomicReference<>();
    private Project sample;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @BeforeEach
    void showPane() {
        binary.set(Requirements.terraformBinary().toString());
        workspace = Workspace.open(temp.resolve("ws"));
        sample = workspace.projects().list(Area.INFRASTRUCTURE).stream()
                .filter(p -> p.location().endsWith("terraform-offline")).findFirst().orElseThrow();
        PlanServices services = new PlanServices(() -> TerraformTool.of(binary.get()),
                new PlanHistory(workspace::connect));
        try {
            // The first pane of a test run loads most of the UI's classes: more than Fx.run's 10 s on a busy machine.
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                runner = new FxTaskRunner((title, error) -> { throw new AssertionError(title, error); });
                PlanViewModel viewModel = new PlanViewModel(services, runner, new SimpleObjectProperty<>(sample));
                viewModel.setOnJumpToBlock(jumped::set);
                pane = new PlanPane(viewModel);
                stage.setScene(new Scene(pane, 1200, 800));
                stage.show();
            }).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the plan pane did not open", e);
        }
    }

    @AfterEach
    void close() {
        Fx.run(runner::close);
        workspace.close();
    }

    @Test
    void plansTheOfflineSampleAndShowsTheDiffOfTheSelectedResource(FxRobot robot) {
        robot.clickOn("#plan-run");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Plan"))
                .queryAs(Button.class));
        waitUntil(() -> label(robot, "#plan-summary").equals("Plan: 2 to add, 0 to change, 0 to destroy."), 60);
        assertThat(label(robot, "#plan-counts")).contains("add 2");
        assertThat(Fx.call(() -> pane.viewModel().console().stream().anyMatch(l -> l.startsWith("Plan: 2 to add"))))
                .as("live console").isTrue();

        TableView<ResourceChange> table = robot.lookup("#plan-resources").queryTableView();
        assertThat(Fx.call(() -> table.getItems().stream().map(ResourceChange::address).toList()))
                .containsExactlyInAnyOrder("terraform_data.app_server", "module.website.terraform_data.site");
        // The table lays its rows out on a later pulse than the summary's update.
        waitUntil(() -> robot.from(table).lookup("module.website.terraform_data.site").tryQuery().isPresent(), 20);
        robot.clickOn(robot.from(table).lookup("module.website.terraform_data.site").<Node>query());
        Fx.waitUntil(() -> label(robot, "#plan-resource-header").contains("module.website.terraform_data.site"));
        TreeTableView<AttributeDiff> diff = robot.lookup("#plan-diff").query();
        List<String> rows = Fx.call(() -> flatten(diff.getRoot()));
        assertThat(rows).contains("input.name = \"dev-website\" (ADDED)", "id = (known after apply) (ADDED)");

        robot.clickOn("#plan-jump");
        assertThat(jumped.get().file()).isEqualTo(Path.of(sample.location()).resolve("modules/website/main.tf"));
        assertThat(jumped.get().line()).isEqualTo(1);
    }

    @Test
    void cancellingARunStopsTerraformAndItsChildren(FxRobot robot) throws IOException {
        Path pidFile = temp.resolve("child.pid");
        Path fake = temp.resolve("slow-terraform");
        Files.writeString(fake, "#!/bin/sh\necho \"starting $1\"\nsleep 300 &\necho $! > " + pidFile + "\nwait\n");
        fake.toFile().setExecutable(true);
        binary.set(fake.toString());
        Fx.run(() -> pane.viewModel().runPlan(RunInputs.none()));
        Fx.waitUntil(() -> pane.viewModel().console().contains("starting init") && Files.exists(pidFile));
        robot.clickOn("#plan-cancel");
        Fx.waitUntil(() -> label(robot, "#plan-status").startsWith("Plan cancelled"));
        long child = Long.parseLong(Files.readString(pidFile).strip());
        Fx.waitUntil(() -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
        assertThat(Fx.call(() -> robot.lookup("#plan-run").queryButton().isDisabled())).isFalse();
    }

    @Test
    void comparesTwoStoredPlans(FxRobot robot) {
        Fx.run(() -> pane.viewModel().runPlan(RunInputs.none()));
        waitUntil(() -> pane.viewModel().history().records().size() == 1, 60);
        Fx.run(() -> pane.viewModel().runPlan(new RunInputs(List.of(), Map.of("instance_type", "t3.large"),
                List.of(), "")));
        waitUntil(() -> pane.viewModel().history().records().size() == 2, 60);

        robot.clickOn("History");
        var history = robot.lookup("#plan-history").queryListView();
        robot.clickOn(robot.from(history).lookup(".list-cell").nth(0).<Node>query());
        robot.press(KeyCode.CONTROL).clickOn(robot.from(history).lookup(".list-cell").nth(1).<Node>query())
                .release(KeyCode.CONTROL);
        robot.clickOn("#plan-history-compare");
        waitUntil(() -> label(robot, "#plan-compare-result").startsWith("1 resources differ"), 20);
        TableView<?> compare = robot.lookup("#plan-compare").queryTableView();
        assertThat(Fx.call(() -> compare.getItems().toString())).contains("terraform_data.app_server")
                .contains("input.instance_type");
    }

    /** Like Fx.waitUntil, with room for a terraform run on a busy machine. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, int seconds) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Fx.call(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in " + seconds + " s", e);
        }
    }

    private static String label(FxRobot robot, String id) {
        return Fx.call(() -> robot.lookup(id).queryLabeled().getText());
    }

    private static List<String> flatten(TreeItem<AttributeDiff> root) {
        List<String> rows = new java.util.ArrayList<>();
        for (TreeItem<AttributeDiff> item : root.getChildren()) {
            AttributeDiff diff = item.getValue();
            if (item.getChildren().isEmpty()) {
                rows.add(diff.path() + " = " + diff.after() + " (" + diff.change() + ")");
            } else {
                rows.addAll(flatten(item));
            }
        }
        return rows;
    }
}
