package io.dataops.workbench.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.project.DiffRow;
import io.dataops.workbench.terraform.project.JdbcDraftStore;
import io.dataops.workbench.terraform.project.JdbcRevisionStore;
import io.dataops.workbench.terraform.project.Revision;
import io.dataops.workbench.terraform.project.RevisionReason;
import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import io.dataops.workbench.ui.testing.Fx;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drafts come back after a crash, revisions restore, and a change on disk is never overwritten silently. */
@ExtendWith(ApplicationExtension.class)
class NeverLoseWorkTest {

    @TempDir
    Path workspaceDirectory;
    private Stage stage;
    private EditorWindow window;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void anUnsavedEditComesBackAfterTheWorkbenchWasKilled(FxRobot robot) {
        window = new EditorWindow(workspaceDirectory, stage, robot);
        Path project = window.openOfflineSample();
        CodeEditor editor = window.openFile("variables.tf");
        robot.clickOn(editor.area());
        Fx.run(() -> editor.area().moveTo(0));
        robot.write("# not saved yet\n");
        Path file = project.resolve("variables.tf");
        JdbcDraftStore drafts = new JdbcDraftStore(window.workspace::connect);
        EditorWindow.waitUntil(() -> drafts.find(file).map(d -> d.content().startsWith("# not saved yet\n")).orElse(false));

        // The "kill": no save, no discard, no question. WorkbenchWindow.close() does no editor clean-up (only a
        // close request from the user asks about unsaved changes), so what it leaves is what a kill leaves: the
        // draft in the workspace. Then a new session opens the same workspace.
        window.close();
        window = new EditorWindow(workspaceDirectory, stage, robot);
        window.openOfflineSample();
        EditorWindow.waitUntil(() -> robot.lookup("#recovery-bar").queryAs(javafx.scene.Node.class).isVisible());
        robot.clickOn("#recover-drafts");
        EditorWindow.waitUntil(() -> window.tab() != null && window.tab().document().file().equals(file));
        assertThat(Fx.call(() -> window.tab().document().text())).startsWith("# not saved yet\n");
        assertThat(window.tab().document().isDirty()).isTrue();
        assertThat(robot.lookup("#recovery-bar").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
    }

    @Test
    void theHistoryShowsTheDifferenceAndRestoresAnEarlierRevision(FxRobot robot) throws Exception {
        window = new EditorWindow(workspaceDirectory, stage, robot);
        Path project = window.openOfflineSample();
        Path file = project.resolve("outputs.tf");
        String original = Files.readString(file);
        CodeEditor editor = window.openFile("outputs.tf");
        Fx.run(() -> editor.area().replaceText(original + "output \"extra\" {\n  value = 1\n}\n"));
        robot.clickOn("#editor-save");
        EditorWindow.waitUntil(() -> !window.tab().document().isDirty() && Files.readString(file).contains("extra"));

        robot.clickOn("#editor-history");
        EditorWindow.waitUntil(() -> robot.lookup("#history-revisions").tryQuery().isPresent()
                && robot.lookup("#history-revisions").queryAs(ListView.class).getItems().size() == 2);
        @SuppressWarnings("unchecked")
        ListView<Revision> revisions = robot.lookup("#history-revisions").queryAs(ListView.class);
        Fx.run(() -> revisions.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<DiffRow> diff = robot.lookup("#history-diff").queryAs(TableView.class);
        EditorWindow.waitUntil(() -> diff.getItems().stream().anyMatch(row -> row.kind() == DiffRow.Kind.ADDED));
        robot.clickOn("#history-restore");
        EditorWindow.waitUntil(() -> Files.readString(file).equals(original));
        assertThat(Fx.call(editor::text)).isEqualTo(original);
        assertThat(new JdbcRevisionStore(window.workspace::connect).list(file).get(0).reason())
                .isEqualTo(RevisionReason.RESTORED);
        Fx.run(() -> revisions.getScene().getWindow().hide());
    }

    @Test
    void aChangeOnDiskIsNoticedAndTheUserChoosesWhichVersionToKeep(FxRobot robot) throws Exception {
        window = new EditorWindow(workspaceDirectory, stage, robot);
        Path project = window.openOfflineSample();
        Path file = project.resolve("outputs.tf");
        CodeEditor editor = window.openFile("outputs.tf");
        Fx.run(() -> editor.area().insertText(0, "# mine\n"));
        Files.writeString(file, "# theirs\n");
        EditorWindow.waitUntil(() -> robot.lookup("#conflict-bar").queryAs(javafx.scene.Node.class).isVisible());
        assertThat(Files.readString(file)).isEqualTo("# theirs\n");
        assertThat(Fx.call(editor::text)).startsWith("# mine\n");

        robot.clickOn("#use-disk");
        EditorWindow.waitUntil(() -> editor.text().equals("# theirs\n") && !window.tab().document().isDirty());
        assertThat(new JdbcRevisionStore(window.workspace::connect).list(file)).extracting(Revision::reason)
                .contains(RevisionReason.CHANGED_ON_DISK, RevisionReason.UNSAVED_EDITS);

        Files.writeString(file, "# theirs again\n");
        EditorWindow.waitUntil(() -> editor.text().equals("# theirs again\n"));
        assertThat(robot.lookup("#editor-notice").queryLabeled().getText()).contains("reloaded");
    }
}
