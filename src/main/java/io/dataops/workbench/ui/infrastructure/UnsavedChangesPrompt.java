package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.ui.infrastructure.editor.EditorDocument;
import java.util.List;
import javafx.stage.Window;

/** Asks before the window closes with unsaved changes: save them, drop them, or keep the window open. */
public final class UnsavedChangesPrompt {

    private UnsavedChangesPrompt() {
    }

    /** True when the window may close. */
    public static boolean allowClose(Window owner, InfrastructureViewModel viewModel) {
        List<EditorDocument> unsaved = viewModel.unsavedDocuments();
        if (unsaved.isEmpty()) {
            return true;
        }
        List<String> names = unsaved.stream().map(d -> String.valueOf(d.file().getFileName())).toList();
        return EditorDialogs.askSave(owner, names).map(choice -> {
            unsaved.forEach(choice == EditorDialogs.SAVE ? viewModel::closeAfterSave : viewModel::close);
            return true;
        }).orElse(false);
    }
}
