package io.dataops.workbench.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import io.dataops.workbench.ui.testing.Fx;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
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

/** The editor as a user drives it: highlighting, squiggles, folding, find and replace, format. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowTest {

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
        window = new EditorWindow(workspaceDirectory, stage, robot);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void typingUpdatesTheColoursAndASyntaxErrorIsUnderlinedUntilFixed(FxRobot robot) {
        window.openOfflineSample();
        CodeEditor editor = window.openFile("main.tf");
        int resource = Fx.call(() -> editor.text().indexOf("\nresource") + 1);
        assertThat(Fx.call(() -> editor.area().getStyleOfChar(resource))).contains("hcl-block-type");
        assertThat(editor.squiggleCount()).isZero();

        robot.clickOn(editor.area());
        Fx.run(() -> editor.area().moveTo(0));
        long updates = editor.highlightUpdatesProperty().get();
        robot.write("answer = 42\n");
        EditorWindow.waitUntil(() -> editor.highlightUpdatesProperty().get() > updates);
        assertThat(Fx.call(() -> editor.area().getStyleOfChar(0))).contains("hcl-attribute");
        assertThat(Fx.call(() -> editor.area().getStyleOfChar(editor.text().indexOf("42")))).contains("hcl-number");
        assertThat(window.tab().document().isDirty()).isTrue();

        int checks = editor.checksProperty().get();
        robot.write("broken = (");
        EditorWindow.waitUntil(() -> editor.checksProperty().get() > checks && editor.squiggleCount() > 0);
        int errorAt = Fx.call(() -> editor.text().indexOf("broken"));
        EditorWindow.waitUntil(() -> editor.area().getStyleSpans(errorAt, errorAt + 40).styleStream()
                .anyMatch(styles -> styles.contains("squiggle")));
        assertThat(Fx.call(() -> java.util.stream.IntStream.range(errorAt, errorAt + 40)
                .mapToObj(editor::diagnosticAt).flatMap(java.util.Optional::stream).findFirst())).isPresent();

        int fixedChecks = editor.checksProperty().get();
        robot.write("1)");
        EditorWindow.waitUntil(() -> editor.checksProperty().get() > fixedChecks && editor.squiggleCount() == 0);
        assertThat(Fx.call(() -> editor.text())).startsWith("answer = 42\nbroken = (1)");
    }

    @Test
    void aBlockFoldsAndUnfolds() {
        window.openOfflineSample();
        CodeEditor editor = window.openFile("main.tf");
        int line = Fx.call(() -> (int) editor.text().substring(0, editor.text().indexOf("\nresource") + 1).lines().count());
        Fx.run(() -> editor.goToLine(line + 1));
        assertThat(Fx.call(editor::foldAtCaret)).isTrue();
        EditorWindow.waitUntil(() -> editor.area().isFolded(line + 1) && editor.area().isFolded(line + 5));
        assertThat(Fx.call(() -> editor.area().isFolded(line) || editor.area().isFolded(line + 7))).isFalse();
        Fx.run(editor::unfoldAtCaret);
        EditorWindow.waitUntil(() -> !editor.area().isFolded(line + 1));
    }

    @Test
    void findAndReplaceWithARegexThenUndo(FxRobot robot) {
        window.openOfflineSample();
        CodeEditor editor = window.openFile("main.tf");
        robot.clickOn("#editor-replace");
        robot.lookup("#find-field").queryAs(TextField.class);
        Fx.run(() -> {
            robot.lookup("#find-field").queryAs(TextField.class).setText("var\\.(\\w+)");
            robot.lookup("#find-regex").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            robot.lookup("#replace-field").queryAs(TextField.class).setText("local.$1");
        });
        assertThat(robot.lookup("#find-count").queryLabeled().getText()).endsWith("matches");
        robot.clickOn("#find-next");
        assertThat(Fx.call(() -> editor.area().getSelectedText())).startsWith("var.");
        robot.clickOn("#replace-all");
        assertThat(Fx.call(editor::text)).doesNotContain("var.environment").contains("local.environment");
        Fx.run(() -> editor.area().undo());
        assertThat(Fx.call(editor::text)).contains("var.environment");
    }

    @Test
    void formatMakesTheFileLookLikeTerraformFmtAndSaveWritesIt(FxRobot robot) throws Exception {
        Path project = window.openOfflineSample();
        CodeEditor editor = window.openFile("outputs.tf");
        Fx.run(() -> editor.area().replaceText("output   \"x\"   {\nvalue=1\n}\n"));
        robot.clickOn("#editor-format");
        EditorWindow.waitUntil(() -> editor.text().equals("output \"x\" {\n  value = 1\n}\n"));
        robot.clickOn("#editor-save");
        EditorWindow.waitUntil(() -> !window.tab().document().isDirty());
        assertThat(Files.readString(project.resolve("outputs.tf"))).isEqualTo("output \"x\" {\n  value = 1\n}\n");
    }

    @Test
    void enterIndentsAndBracesCloseThemselves(FxRobot robot) {
        window.openOfflineSample();
        CodeEditor editor = window.openFile("outputs.tf");
        Fx.run(() -> editor.area().replaceText(""));
        robot.clickOn(editor.area());
        Fx.run(() -> editor.area().moveTo(0));
        robot.write("locals {");
        robot.type(KeyCode.ENTER);
        robot.write("a = 1");
        assertThat(Fx.call(editor::text)).isEqualTo("locals {\n  a = 1\n}");
    }
}
