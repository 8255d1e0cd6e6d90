package io.dataops.workbench.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.app.WorkbenchWindow;
import io.dataops.workbench.terraform.config.ProviderSchema;
import io.dataops.workbench.terraform.intel.IntelProject;
import io.dataops.workbench.terraform.project.ProjectTreeNode;
import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import io.dataops.workbench.ui.infrastructure.editor.EditorTab;
import io.dataops.workbench.ui.infrastructure.intel.EditorIntel;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

/** Language intelligence as a user drives it: diagnostics, navigation, references, rename, completion, hover. */
@ExtendWith(ApplicationExtension.class)
class IntelFlowTest {

    @TempDir
    Path workspaceDirectory;
    @TempDir
    Path projectDirectory;
    private Stage stage;
    private Workspace workspace;
    private FxRobot robot;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        this.robot = robot;
        project = IntelProject.write(projectDirectory.resolve("intel"));
        workspace = Workspace.open(workspaceDirectory);
        workspace.projects().add("intel", Area.INFRASTRUCTURE, project.toString(), "test project");
        // The first window of a run pays for loading the toolkit's classes: more than Fx.call's 10 s on a busy machine.
        window = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            WorkbenchWindow shown = WorkbenchWindow.show(stage, workspace);
            stage.setWidth(1200);
            stage.setHeight(760);
            return shown;
        }).get(90, java.util.concurrent.TimeUnit.SECONDS);
        ListView<io.dataops.workbench.workspace.Project> projects = robot.lookup("#infra-projects").queryAs(ListView.class);
        waitFor(() -> projects.getItems().stream().anyMatch(p -> p.location().equals(project.toString())));
        Fx.run(() -> projects.getSelectionModel().select(projects.getItems().stream()
                .filter(p -> p.location().equals(project.toString())).findFirst().orElseThrow()));
        waitFor(() -> tree().getRoot() != null && tree().getRoot().getValue().path().equals(project));
        waitFor(() -> view().intel().snapshot().isPresent());
    }

    @AfterEach
    void close() {
        Fx.run(window::close);
        workspace.close();
    }

    @Test
    void aDiagnosticAppearsInTheEditorAndTheProblemsPanelAndClears() {
        CodeEditor editor = openFile("main.tf");
        assertThat(editor.squiggleCount()).isZero();
        int at = Fx.call(() -> editor.text().indexOf("input = var.region") + "input = var.reg".length());
        int checks = editor.checksProperty().get();
        Fx.run(() -> editor.area().replaceText(at, at + 3, "oin"));
        waitFor(() -> editor.checksProperty().get() > checks && editor.squiggleCount() > 0);
        int squiggled = Fx.call(() -> editor.text().indexOf("var.regoin"));
        assertThat(editor.diagnosticAt(squiggled + 1)).hasValueSatisfying(m -> assertThat(m)
                .contains("Reference to undeclared input variable"));
        ListView<?> problems = robot.lookup("#intel-problems").queryAs(ListView.class);
        waitFor(() -> problems.getItems().stream().filter(p -> p.toString().contains("undeclared input"))
                .count() == 1);

        int fixed = editor.checksProperty().get();
        Fx.run(() -> editor.area().replaceText(at, at + 3, "ion"));
        waitFor(() -> editor.checksProperty().get() > fixed && editor.squiggleCount() == 0);
        waitFor(() -> problems.getItems().stream().noneMatch(p -> p.toString().contains("undeclared")));
    }

    @Test
    void goToDefinitionAcrossFilesAndIntoAModule() {
        CodeEditor editor = openFile("main.tf");
        int reference = Fx.call(() -> editor.text().indexOf("var.region") + 5);
        robot.clickOn(editor.area());
        Fx.run(() -> editor.area().moveTo(reference));
        robot.type(KeyCode.F12);
        waitFor(() -> currentFile().equals(project.resolve("variables.tf"))
                && tab().editor().area().getSelectedText().equals("region"));

        CodeEditor main = openFile("main.tf");
        int argument = Fx.call(() -> main.text().indexOf("region = var") + 2);
        Fx.run(() -> intel(main).goToDefinition(argument));
        waitFor(() -> currentFile().equals(project.resolve("modules/net/main.tf"))
                && tab().editor().area().getSelectedText().equals("region"));
    }

    @Test
    void findReferencesListsEveryUse() {
        CodeEditor editor = openFile("variables.tf");
        Fx.run(() -> editor.area().moveTo(editor.text().indexOf("region") + 1));
        robot.clickOn(editor.area());
        Fx.run(() -> editor.area().moveTo(editor.text().indexOf("region") + 1));
        robot.press(KeyCode.SHIFT).type(KeyCode.F12).release(KeyCode.SHIFT);
        ListView<?> references = robot.lookup("#intel-references").queryAs(ListView.class);
        waitFor(() -> references.getItems().size() == 4);
        assertThat(references.getItems().stream().map(Object::toString).filter(s -> s.contains("outputs.tf"))).hasSize(1);
    }

    @Test
    void renameAVariableUsedInThreeFilesAndAModule() {
        CodeEditor editor = openFile("variables.tf");
        Fx.run(() -> editor.area().moveTo(editor.text().indexOf("region") + 1));
        robot.clickOn(editor.area());
        Fx.run(() -> editor.area().moveTo(editor.text().indexOf("region") + 1));
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#rename-field").tryQuery().isPresent());
        Fx.run(() -> robot.lookup("#rename-field").queryAs(TextField.class).setText("location"));
        ListView<?> preview = robot.lookup("#rename-preview").queryAs(ListView.class);
        assertThat(preview.getItems()).hasSize(5);
        robot.clickOn("Rename");
        waitFor(() -> view().currentTab().isPresent() && documentText("outputs.tf").contains("var.location")
                && documentText("main.tf").contains("input = var.location")
                && documentText("variables.tf").contains("variable \"location\""));
        assertThat(documentText("main.tf")).doesNotContain("var.region").contains("region = var.location");
    }

    @Test
    void completesVarInAHalfTypedLineAndAResourcesArgumentsFromTheSchema() throws Exception {
        CodeEditor editor = openFile("main.tf");
        int end = Fx.call(() -> editor.text().length());
        robot.clickOn(editor.area());
        Fx.run(() -> {
            editor.area().moveTo(end);
            editor.area().insertText(end, "locals {\n  other = var");
        });
        robot.type(KeyCode.PERIOD);
        ListView<?> list = robot.lookup("#completion-list").queryAs(ListView.class);
        waitFor(() -> list.getScene().getWindow().isShowing() && list.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        try {
            waitFor(() -> editor.text().endsWith("other = var.region"));
        } catch (AssertionError e) {
            assertThat(Fx.call(editor::text)).endsWith("other = var.region");
        }

        ProviderSchema schema = ProviderSchema.parse(new String(getClass().getResourceAsStream("/intel/aws-like-schema.json")
                .readAllBytes(), StandardCharsets.UTF_8));
        Fx.run(() -> view().intel().useSchema(schema));
        Fx.run(() -> {
            editor.area().appendText("\n}\nresource \"aws_s3_bucket\" \"logs\" {\n  ");
            editor.area().moveTo(editor.area().getLength());
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        ListView<io.dataops.workbench.terraform.intel.CompletionItem> arguments =
                robot.lookup("#completion-list").queryAs(ListView.class);
        waitFor(() -> arguments.getScene().getWindow().isShowing()
                && arguments.getItems().stream().anyMatch(i -> i.label().equals("bucket")));
        assertThat(arguments.getItems().get(0).label()).isEqualTo("bucket");
        assertThat(arguments.getItems().get(0).required()).isTrue();
        assertThat(arguments.getItems()).extracting(i -> i.label()).contains("tags", "versioning", "lifecycle")
                .doesNotContain("arn");
    }

    @Test
    void hoverShowsTheTfvarsValue() {
        CodeEditor editor = openFile("outputs.tf");
        int reference = Fx.call(() -> editor.text().indexOf("var.region") + 6);
        assertThat(Fx.call(() -> intel(editor).hoverAt(reference))).hasValueSatisfying(text -> assertThat(text)
                .contains("Value: \"eu-west-1\"").contains("terraform.tfvars"));
        ListView<?> outline = robot.lookup("#intel-outline").queryAs(ListView.class);
        waitFor(() -> outline.getItems().size() == 3);
    }

    /**
     * Waits up to two minutes for a condition checked on the FX thread, each check allowed 60 s: these flows
     * run while other builds load the machine's two cores, and Fx.call's 10 s were seen to run out.
     */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS, () ->
                    org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get(60, java.util.concurrent.TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 120 s", e);
        }
    }

    private EditorIntel intel(CodeEditor editor) {
        return (EditorIntel) editor.area().getProperties().get(EditorIntel.class);
    }

    private String documentText(String file) {
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().map(t -> (EditorTab) t)
                .filter(t -> t.document().file().equals(project.resolve(file))).findFirst()
                .map(t -> t.editor().text()).orElse("");
    }

    private Path currentFile() {
        return tab() == null ? Path.of("") : tab().document().file();
    }

    private CodeEditor openFile(String name) {
        Path file = project.resolve(name);
        Fx.run(() -> viewModel().openFile(file));
        waitFor(() -> tab() != null && tab().document().file().equals(file));
        CodeEditor editor = tab().editor();
        waitFor(() -> editor.checksProperty().get() > 0 && intel(editor).current().isPresent());
        return editor;
    }

    private EditorTab tab() {
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        return tabs.getSelectionModel().getSelectedItem() instanceof EditorTab tab ? tab : null;
    }

    private InfrastructureView view() {
        return (InfrastructureView) robot.lookup(".infrastructure-area").query();
    }

    private InfrastructureViewModel viewModel() {
        return view().viewModel();
    }

    @SuppressWarnings("unchecked")
    private TreeView<ProjectTreeNode> tree() {
        return robot.lookup("#infra-files").queryAs(TreeView.class);
    }
}
