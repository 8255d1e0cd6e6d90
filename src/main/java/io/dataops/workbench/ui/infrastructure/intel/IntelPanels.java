package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.intel.IntelSnapshot;
import io.dataops.workbench.terraform.intel.Location;
import io.dataops.workbench.terraform.intel.Navigation;
import io.dataops.workbench.terraform.intel.RenameEdit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The language-intelligence parts of the Infrastructure area, made in one place: the outline beside the
 * editor, the Problems and References tabs below it, go to symbol, and the rename flow.
 */
public final class IntelPanels {

    private final IntelViewModel viewModel;
    private final Consumer<Location> open;
    private final ObjectProperty<Path> currentFile = new SimpleObjectProperty<>();
    private final OutlinePane outline;
    private final SymbolPopup symbols;
    private final Consumer<List<RenameEdit>> applyEdits;

    /**
     * @param open       opens a file at a location (selecting it)
     * @param applyEdits makes rename edits in the files' editors (opening them), as unsaved, undoable changes
     */
    public IntelPanels(IntelViewModel viewModel, Consumer<Location> open, Consumer<List<RenameEdit>> applyEdits) {
        this.viewModel = viewModel;
        this.open = open;
        this.applyEdits = applyEdits;
        this.outline = new OutlinePane(viewModel, currentFile, open);
        this.symbols = new SymbolPopup(viewModel, open);
    }

    /** Adds the intelligence to a new editor. */
    public EditorIntel attach(io.dataops.workbench.ui.infrastructure.editor.CodeEditor editor,
                              java.util.function.Supplier<Path> file) {
        EditorIntel intel = new EditorIntel(editor, file, viewModel, open);
        intel.setOnRename(this::rename);
        return intel;
    }

    public ObjectProperty<Path> currentFileProperty() {
        return currentFile;
    }

    public OutlinePane outline() {
        return outline;
    }

    /** Search (given), Problems and References as tabs. */
    public TabPane bottomTabs(Region search) {
        Tab searchTab = new Tab("Search", search);
        Tab problems = new Tab("Problems", ProblemsPane.problems(viewModel, open));
        problems.setId("intel-problems-tab");
        Tab references = new Tab("References", ProblemsPane.references(viewModel, open));
        references.setId("intel-references-tab");
        TabPane tabs = new TabPane(problems, searchTab, references);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewModel.usages().addListener((javafx.collections.ListChangeListener<Object>) c ->
                tabs.getSelectionModel().select(references));
        return tabs;
    }

    public SymbolPopup symbols() {
        return symbols;
    }

    private void rename(EditorIntel editor) {
        Optional<IntelSnapshot> snapshot = editor.current();
        int caret = editor.editor().area().getCaretPosition();
        Optional<Declaration> target = snapshot.flatMap(s -> Navigation.declarationAt(s, editor.file(), caret));
        if (target.isEmpty()) {
            return;
        }
        RenameDialog.ask(editor.editor().area().getScene().getWindow(), snapshot.get(), target.get())
                .ifPresent(applyEdits);
    }
}
