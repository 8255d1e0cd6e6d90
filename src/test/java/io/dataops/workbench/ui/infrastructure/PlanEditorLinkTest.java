package io.dataops.workbench.ui.infrastructure;

import static io.dataops.workbench.ui.infrastructure.EditorWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.plan.ResourceChange;
import io.dataops.workbench.terraform.run.RunInputs;
import io.dataops.workbench.testsupport.Requirements;
import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import io.dataops.workbench.ui.infrastructure.editor.EditorTab;
import io.dataops.workbench.ui.infrastructure.plan.PlanPane;
import io.dataops.workbench.ui.testing.Fx;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
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

/** From the plan to the editor in the whole window: jump to a resource's block, and the plan's marks in the gutter. */
@ExtendWith(ApplicationExtension.class)
class PlanEditorLinkTest {

    @TempDir
    Path workspaceDirectory;
    private Stage stage;
    private EditorWindow window;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @BeforeEach
    void open(FxRobot robot) {
        String terraform = Requirements.terraformBinary().toString();
        window = new EditorWindow(workspaceDirectory, stage, robot);
        window.workspace.workbenchSettings().setTerraformBinary(terraform);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aResourceOpensItsBlockInTheModuleAndTheGutterShowsThePlannedActions(FxRobot robot) {
        Path sample = window.openOfflineSample();
        // The window gives the area's node an id of its own, so the tabs are found by their Plan tab.
        TabPane areaTabs = robot.lookup((Node node) -> node instanceof TabPane tabs && tabs.getTabs().stream()
                .anyMatch(tab -> "infra-tab-plan".equals(tab.getId()))).queryAs(TabPane.class);
        Fx.run(() -> areaTabs.getSelectionModel().select(1));
        PlanPane plan = robot.lookup("#plan-pane").queryAs(PlanPane.class);
        Fx.run(() -> plan.viewModel().runPlan(RunInputs.none()));
        waitUntil(() -> robot.lookup("#plan-summary").queryLabeled().getText()
                .equals("Plan: 2 to add, 0 to change, 0 to destroy."));

        TableView<ResourceChange> table = robot.lookup("#plan-resources").queryTableView();
        robot.clickOn(row(robot, table, "module.website.terraform_data.site"));
        waitUntil(() -> plan.viewModel().selectedProperty().get().address().equals("module.website.terraform_data.site"));
        robot.clickOn("#plan-jump");

        waitUntil(() -> areaTabs.getSelectionModel().getSelectedItem().getId().equals("infra-tab-configuration"));
        Path moduleFile = sample.resolve("modules/website/main.tf");
        waitUntil(() -> tab(robot) != null && tab(robot).document().file().equals(moduleFile));
        CodeEditor moduleEditor = tab(robot).editor();
        String header = "resource \"terraform_data\" \"site\"";
        int headerLine = Fx.call(() -> lineOf(moduleEditor, header));
        assertThat(Fx.call(() -> moduleEditor.area().getCurrentParagraph())).isEqualTo(headerLine);

        // The latest stored plan marks the block's header line with Terraform's "+" and says what happens.
        waitUntil(() -> marks(robot, moduleEditor).size() == 1);
        Label mark = Fx.call(() -> marks(robot, moduleEditor).get(0));
        assertThat(mark.getText()).isEqualTo("+");
        assertThat(Fx.call(() -> mark.getTooltip().getText()))
                .isEqualTo("module.website.terraform_data.site: + create");
        assertThat(Fx.call(() -> moduleEditor.area().getParagraphGraphic(headerLine).lookup(".plan-gutter-mark")))
                .isSameAs(mark);

        // The root module's file, opened after the plan, gets its marks too.
        Fx.run(() -> areaTabs.getSelectionModel().select(1));
        robot.doubleClickOn(row(robot, table, "terraform_data.app_server"));
        waitUntil(() -> tab(robot) != null && tab(robot).document().file().equals(sample.resolve("main.tf")));
        CodeEditor rootEditor = tab(robot).editor();
        int appServer = Fx.call(() -> lineOf(rootEditor, "resource \"terraform_data\" \"app_server\""));
        waitUntil(() -> rootEditor.area().getCurrentParagraph() == appServer && marks(robot, rootEditor).size() == 1);
        assertThat(Fx.call(() -> rootEditor.area().getParagraphGraphic(appServer).lookup(".plan-gutter-mark")))
                .isNotNull();
    }

    /** The table's row showing a resource, once the table has laid it out. */
    @SuppressWarnings("unchecked")
    private static Node row(FxRobot robot, TableView<ResourceChange> table, String address) {
        java.util.function.Predicate<Node> showsIt = node -> node instanceof TableRow<?> row && row.getItem() != null
                && ((TableRow<ResourceChange>) row).getItem().address().equals(address);
        waitUntil(() -> robot.from(table).lookup(showsIt).tryQuery().isPresent());
        return robot.from(table).lookup(showsIt).query();
    }

    private static EditorTab tab(FxRobot robot) {
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        return tabs.getSelectionModel().getSelectedItem() instanceof EditorTab tab ? tab : null;
    }

    private static int lineOf(CodeEditor editor, String text) {
        List<String> lines = editor.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in the editor");
    }

    private static List<Label> marks(FxRobot robot, CodeEditor editor) {
        return robot.from(editor.area()).lookup(".plan-gutter-mark").queryAllAs(Label.class).stream().toList();
    }
}
