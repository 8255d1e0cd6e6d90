package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.editing.SyntaxCheck;
import io.dataops.workbench.ui.common.AreaHeader;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.infrastructure.editor.EditorTab;
import java.nio.file.Path;
import io.dataops.workbench.ui.infrastructure.intel.IntelPanels;
import io.dataops.workbench.ui.infrastructure.intel.IntelViewModel;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Infrastructure area: projects and their file tree on the left, the HCL editor's tabs in the middle,
 * search across the project below. Files changed on disk are looked for every two seconds and whenever
 * the window gets the focus.
 */
public final class InfrastructureView extends VBox {

    static final Duration DISK_CHECK_INTERVAL = Duration.seconds(2);

    private final EditorPane editors;
    private final ProjectSidebar sidebar;
    private final ProjectSearchPane search;
    private final IntelViewModel intel;
    private final InfrastructureViewModel viewModel;
    private final IntelPanels intelPanels;
    private final Timeline diskChecks = new Timeline();
    private boolean stopped;

    public InfrastructureView(InfrastructureViewModel viewModel, TaskRunner runner, SyntaxCheck syntaxCheck) {
        this.viewModel = viewModel;
        getStyleClass().addAll("area", "infrastructure-area");
        getStylesheets().add(InfrastructureView.class.getResource("editor.css").toExternalForm());
        editors = new EditorPane(viewModel, runner, syntaxCheck);
        sidebar = new ProjectSidebar(viewModel);
        search = new ProjectSearchPane(viewModel, editors::openHit);
        intel = new IntelViewModel(runner, viewModel.selectedProjectProperty());
        intelPanels = new IntelPanels(intel, editors::open, editors::applyEdits);
        editors.useIntel(intel, intelPanels);
        SplitPane editorAndOutline = new SplitPane(editors, intelPanels.outline());
        editorAndOutline.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(intelPanels.outline(), false);
        SplitPane vertical = new SplitPane(editorAndOutline, intelPanels.bottomTabs(search));
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.75);
        SplitPane split = new SplitPane(sidebar, vertical);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sidebar, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(
                new AreaHeader("Infrastructure", "Terraform projects: edit their files; unsaved changes are kept "
                        + "in the workspace and every save is in the History."),
                new RecoveryBar(viewModel), split);
        installShortcuts();
        diskChecks.getKeyFrames().add(new KeyFrame(DISK_CHECK_INTERVAL, event -> {
            if (!stopped) {
                viewModel.actions().checkDisk();
            }
        }));
        diskChecks.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !stopped) {
                diskChecks.play();
                scene.windowProperty().addListener((o, oldWindow, window) -> watch(window, viewModel));
                watch(scene.getWindow(), viewModel);
            }
        });
    }

    /**
     * Checks the disk when the window gets the focus; stops everything for good once the window hides, as
     * its task runner is closed then (a reused stage gets a new view).
     */
    private void watch(Window window, InfrastructureViewModel viewModel) {
        if (window == null) {
            return;
        }
        window.focusedProperty().addListener((f, was, focused) -> {
            if (focused && !stopped) {
                viewModel.actions().checkDisk();
            }
        });
        window.showingProperty().addListener((sh, was, showing) -> {
            if (!showing) {
                stopped = true;
                diskChecks.stop();
                editors.stopTimers();
            }
        });
    }

    /** Opens {@code file} in the editor with the caret at the start of its 1-based {@code line} (a plan's jump). */
    public void openAt(Path file, int line) {
        editors.openAt(file, line);
    }

    /**
     * Marks for the editors' gutters: for each file, a function from a 0-based line to its mark (or null). Called
     * again whenever the marks change; open editors are redrawn.
     */
    public void setGutterMarks(Function<Path, IntFunction<Node>> marks) {
        editors.setGutterMarks(marks);
    }

    /** The tab of the file being edited, if any. */
    public Optional<EditorTab> currentTab() {
        return editors.current();
    }

    /** The language services of the selected project (diagnostics, navigation, completion, rename). */
    public IntelViewModel intel() {
        return intel;
    }

    InfrastructureViewModel viewModel() {
        return viewModel;
    }

    public IntelPanels intelPanels() {
        return intelPanels;
    }

    private void installShortcuts() {
        KeyCombination symbol = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        KeyCombination replace = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
        KeyCombination goTo = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
        KeyCombination searchProject = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        KeyCombination format = new KeyCodeCombination(KeyCode.F, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
        KeyCombination history = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (symbol.match(event)) {
                intelPanels.symbols().show(getScene().getWindow());
            } else if (searchProject.match(event)) {
                search.focus();
            } else if (find.match(event)) {
                editors.find(false);
            } else if (replace.match(event)) {
                editors.find(true);
            } else if (goTo.match(event)) {
                editors.goToLine();
            } else if (format.match(event)) {
                editors.format();
            } else if (history.match(event)) {
                editors.showHistory();
            } else {
                return;
            }
            event.consume();
        });
    }
}
