package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.app.WorkbenchWindow;
import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import io.dataops.workbench.ui.infrastructure.editor.EditorTab;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.SampleCatalog;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import io.dataops.workbench.terraform.project.ProjectTreeNode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** A workbench window on a workspace, driven to the editor of the offline sample. */
final class EditorWindow {

    final Workspace workspace;
    final WorkbenchWindow window;
    private final FxRobot robot;

    EditorWindow(Path workspaceDirectory, Stage stage, FxRobot robot) {
        this.workspace = Workspace.open(workspaceDirectory);
        try {
            // The first window of a test run loads most of the UI's classes: more than Fx.call's 10 s on a busy machine.
            this.window = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                WorkbenchWindow shown = WorkbenchWindow.show(stage, workspace);
                stage.setWidth(1200);
                stage.setHeight(760);
                return shown;
            }).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the workbench window did not open", e);
        }
        this.robot = robot;
    }

    /** Selects the offline sample project and waits for its file tree. */
    Path openOfflineSample() {
        waitUntil(() -> projects().getItems().size() >= 2);
        Project sample = Fx.call(() -> projects().getItems().stream()
                .filter(p -> p.location().endsWith(SampleCatalog.TERRAFORM_OFFLINE)).findFirst().orElseThrow());
        Fx.run(() -> projects().getSelectionModel().select(sample));
        waitUntil(() -> tree().getRoot() != null && tree().getRoot().getValue().path().toString()
                .endsWith(SampleCatalog.TERRAFORM_OFFLINE));
        return Path.of(sample.location());
    }

    /**
     * Opens a top-level file of the project as a click in the tree does: the row is selected and the click
     * delivered to the tree's handler in one step (a robot click lands on whichever virtual cell is at that
     * spot while the tree still lays out). Tried again if the tree was refreshed in between.
     */
    CodeEditor openFile(String name) {
        for (int attempt = 0; attempt < 5 && !Fx.call(() -> isOpen(name)); attempt++) {
            Fx.run(() -> {
                TreeItem<ProjectTreeNode> item = tree().getRoot().getChildren().stream()
                        .filter(child -> child.getValue().name().equals(name)).findFirst().orElseThrow();
                tree().getSelectionModel().select(item);
                tree().getOnMouseClicked().handle(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                        MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null));
            });
            try {
                org.testfx.util.WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                        () -> Fx.call(() -> isOpen(name)));
            } catch (java.util.concurrent.TimeoutException e) {
                if (robot.lookup("#error-dialog").tryQuery().isPresent()) {
                    throw new AssertionError("opening " + name + " failed with an error dialog");
                }
            }
        }
        CodeEditor editor = tab().editor();
        waitUntil(() -> editor.highlightUpdatesProperty().get() > 0 && editor.checksProperty().get() > 0);
        return editor;
    }

    private boolean isOpen(String name) {
        return tab() != null && tab().document().file().getFileName().toString().equals(name)
                && tab().document().file().getParent().equals(tree().getRoot().getValue().path());
    }

    EditorTab tab() {
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        return tabs.getSelectionModel().getSelectedItem() instanceof EditorTab tab ? tab : null;
    }

    @SuppressWarnings("unchecked")
    private TreeView<ProjectTreeNode> tree() {
        return robot.lookup("#infra-files").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Project> projects() {
        return robot.lookup("#infra-projects").queryAs(ListView.class);
    }

    /**
     * Waits up to a minute for a condition checked on the FX thread: the tests share two cores with other
     * builds, so the shared helper's ten seconds are not always enough.
     */
    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Fx.call(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 60 s", e);
        }
    }

    /** A clean shutdown: the window closes and the workspace is released. */
    void close() {
        Fx.run(window::close);
        workspace.close();
    }
}
