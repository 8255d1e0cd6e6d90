package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.editing.SyntaxCheck;
import io.dataops.workbench.terraform.project.SearchHit;
import io.dataops.workbench.terraform.intel.Location;
import io.dataops.workbench.terraform.intel.RenameEdit;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.infrastructure.intel.IntelPanels;
import io.dataops.workbench.ui.infrastructure.intel.IntelViewModel;
import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import io.dataops.workbench.ui.infrastructure.editor.EditorDocument;
import io.dataops.workbench.ui.infrastructure.editor.EditorTab;
import io.dataops.workbench.ui.infrastructure.history.HistoryView;
import io.dataops.workbench.ui.infrastructure.history.HistoryViewModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The open files as tabs, with the toolbar of editor commands above them. */
final class EditorPane extends VBox {

    private final InfrastructureViewModel viewModel;
    private final TaskRunner runner;
    private final SyntaxCheck syntaxCheck;
    private final TabPane tabs = new TabPane();
    private final Map<EditorDocument, CodeEditor> editors = new HashMap<>();
    private Function<Path, IntFunction<Node>> gutterMarks = file -> null;
    private IntelViewModel intel;
    private IntelPanels intelPanels;

    EditorPane(InfrastructureViewModel viewModel, TaskRunner runner, SyntaxCheck syntaxCheck) {
        this.viewModel = viewModel;
        this.runner = runner;
        this.syntaxCheck = syntaxCheck;
        getStyleClass().add("editor-pane");
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        viewModel.setBufferFactory(document -> {
            SyntaxCheck check = intel == null ? syntaxCheck : intel.checkFor(document::file, syntaxCheck);
            CodeEditor editor = new CodeEditor(String.valueOf(document.file().getFileName()), runner, check);
            editor.attach(document);
            editor.setGutterDecoration(gutterMarks.apply(document.file()));
            editors.put(document, editor);
            if (intelPanels != null) {
                intelPanels.attach(editor, document::file);
            }
            return editor;
        });
        viewModel.documents().addListener((ListChangeListener<EditorDocument>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::addTab);
                change.getRemoved().forEach(this::removeTab);
            }
        });
        viewModel.selectedDocumentProperty().addListener((obs, old, document) -> tab(document)
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                viewModel.selectedDocumentProperty().set(tab instanceof EditorTab editorTab ? editorTab.document() : null));
        Label empty = new Label("Open a file from the tree on the left (click it, or Enter).");
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tabs.getTabs()));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(toolbar(), empty, tabs);
    }

    /** Gives every editor opened from now on the project's language intelligence. */
    void useIntel(IntelViewModel intel, IntelPanels panels) {
        this.intel = intel;
        this.intelPanels = panels;
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> panels.currentFileProperty()
                .set(tab instanceof EditorTab editorTab ? editorTab.document().file() : null));
    }

    /** Opens a file with the location selected and in view. */
    void open(Location location) {
        viewModel.openFile(location.file(), true, document -> {
            CodeEditor editor = editors.get(document);
            if (editor != null && location.end() <= editor.area().getLength()) {
                editor.selectRange(location.start(), location.end());
                editor.area().showParagraphAtCenter(editor.area().getCurrentParagraph());
                editor.area().requestFocus();
            }
        });
    }

    /** Makes rename edits in the files' editors, opening them: unsaved and undoable, like typing. */
    void applyEdits(List<RenameEdit> edits) {
        Map<java.nio.file.Path, List<RenameEdit>> byFile = new java.util.LinkedHashMap<>();
        edits.forEach(e -> byFile.computeIfAbsent(e.file(), f -> new java.util.ArrayList<>()).add(e));
        byFile.forEach((file, fileEdits) -> viewModel.openFile(file, true, document -> {
            CodeEditor editor = editors.get(document);
            if (editor == null) {
                return;
            }
            fileEdits.stream().sorted(java.util.Comparator.comparingInt(RenameEdit::start).reversed())
                    .filter(e -> e.end() <= editor.area().getLength())
                    .forEach(e -> editor.area().replaceText(e.start(), e.end(), e.text()));
        }));
    }

    Optional<EditorTab> current() {
        return tabs.getSelectionModel().getSelectedItem() instanceof EditorTab tab ? Optional.of(tab) : Optional.empty();
    }

    Optional<EditorTab> tab(EditorDocument document) {
        return tabs.getTabs().stream().filter(t -> t instanceof EditorTab et && et.document() == document)
                .map(t -> (EditorTab) t).findFirst();
    }

    void openHit(SearchHit hit) {
        viewModel.openFile(hit.file(), true, document -> {
            CodeEditor editor = editors.get(document);
            if (editor != null && hit.end() <= editor.area().getLength()) {
                editor.selectRange(hit.start(), hit.end());
                editor.area().requestFocus();
            }
        });
    }

    /** Opens a file (or selects its tab) and puts the caret at the start of a 1-based line. */
    void openAt(Path file, int line) {
        viewModel.openFile(file, true, document -> {
            CodeEditor editor = editors.get(document);
            if (editor != null) {
                editor.goToLine(line);
            }
        });
    }

    /** Gutter marks per file (null for none), applied to the open editors and to every editor opened later. */
    void setGutterMarks(Function<Path, IntFunction<Node>> marks) {
        this.gutterMarks = marks;
        editors.forEach((document, editor) -> editor.setGutterDecoration(marks.apply(document.file())));
    }

    void find(boolean replace) {
        current().ifPresent(tab -> tab.findBar().show(replace));
    }

    void goToLine() {
        current().ifPresent(tab -> EditorDialogs.askLine(getScene().getWindow(),
                tab.editor().area().getParagraphs().size()).ifPresent(tab.editor()::goToLine));
    }

    void format() {
        current().ifPresent(tab -> tab.document().format());
    }

    void showHistory() {
        current().ifPresent(tab -> showHistory(tab.document()));
    }

    private void showHistory(EditorDocument document) {
        HistoryViewModel history = viewModel.history(document);
        history.load();
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle("History of " + history.fileName());
        Scene scene = new Scene(new HistoryView(history), 1000, 560);
        scene.getStylesheets().setAll(getScene().getStylesheets());
        scene.getRoot().getStyleClass().addAll(getScene().getRoot().getStyleClass());
        stage.setScene(scene);
        stage.show();
    }

    private void addTab(EditorDocument document) {
        EditorTab tab = new EditorTab(document, editors.get(document), () -> showHistory(document));
        tab.setOnCloseRequest(event -> {
            if (!document.isDirty()) {
                viewModel.close(document);
                return;
            }
            event.consume();
            EditorDialogs.askSave(getScene().getWindow(), List.of(String.valueOf(document.file().getFileName())))
                    .ifPresent(choice -> {
                        if (choice == EditorDialogs.SAVE) {
                            viewModel.closeAfterSave(document);
                        } else {
                            viewModel.close(document);
                        }
                    });
        });
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private void removeTab(EditorDocument document) {
        tab(document).ifPresent(tab -> tabs.getTabs().remove(tab));
        editors.remove(document);
    }

    private ToolBar toolbar() {
        return new ToolBar(
                button("Save", "editor-save", () -> current().ifPresent(tab -> tab.document().save())),
                button("Format", "editor-format", this::format),
                button("History", "editor-history", this::showHistory),
                button("Find", "editor-find", () -> find(false)),
                button("Replace", "editor-replace", () -> find(true)),
                button("Go to line", "editor-goto", this::goToLine),
                button("Fold", "editor-fold", () -> current().ifPresent(tab -> tab.editor().foldAtCaret())),
                button("Unfold", "editor-unfold", () -> current().ifPresent(tab -> tab.editor().unfoldAtCaret())),
                button("Undo", "editor-undo", () -> current().ifPresent(tab -> tab.editor().area().undo())),
                button("Redo", "editor-redo", () -> current().ifPresent(tab -> tab.editor().area().redo())),
                formatOnSave());
    }

    private javafx.scene.control.CheckBox formatOnSave() {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox("Format on save");
        box.setId("format-on-save");
        box.setFocusTraversable(false);
        box.setSelected(viewModel.formatOnSaveProperty().get());
        box.selectedProperty().addListener((obs, old, on) -> viewModel.formatOnSaveProperty().set(on));
        return box;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    void stopTimers() {
        editors.forEach((document, editor) -> {
            document.stopTimers();
            editor.stopTimers();
        });
    }

    CodeEditor editor(EditorDocument document) {
        return editors.get(document);
    }

    List<Tab> tabs() {
        return tabs.getTabs();
    }
}
