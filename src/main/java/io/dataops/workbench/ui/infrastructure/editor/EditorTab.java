package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.project.DiskSnapshot;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A tab holding one file: the editor, its find bar, and the bars that speak up when the file changed on
 * disk (the user chooses what to keep) or something else needs saying.
 */
public final class EditorTab extends Tab {

    private final EditorDocument document;
    private final CodeEditor editor;
    private final FindBar findBar;

    public EditorTab(EditorDocument document, CodeEditor editor, Runnable showHistory) {
        this.document = document;
        this.editor = editor;
        this.findBar = new FindBar(editor);
        editor.attach(document);
        textProperty().bind(document.titleProperty());
        setTooltip(new Tooltip(document.file().toString()));
        document.fileProperty().addListener((obs, old, file) -> getTooltip().setText(file.toString()));
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        VBox content = new VBox(conflictBar(showHistory), noticeBar(), findBar, editor.node());
        content.getStyleClass().add("editor-tab");
        setContent(content);
    }

    public EditorDocument document() {
        return document;
    }

    public CodeEditor editor() {
        return editor;
    }

    public FindBar findBar() {
        return findBar;
    }

    private HBox conflictBar(Runnable showHistory) {
        Label message = new Label();
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button keepMine = new Button("Keep my version");
        keepMine.setId("keep-mine");
        keepMine.setOnAction(event -> document.keepMine());
        Button useDisk = new Button("Use the disk version");
        useDisk.setId("use-disk");
        useDisk.setOnAction(event -> document.useDiskVersion());
        Button compare = new Button("History\u2026");
        compare.setOnAction(event -> showHistory.run());
        HBox bar = new HBox(8, message, keepMine, useDisk, compare);
        bar.setId("conflict-bar");
        bar.getStyleClass().add("conflict-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Runnable update = () -> {
            DiskSnapshot conflict = document.conflictProperty().get();
            bar.setVisible(conflict != null);
            bar.setManaged(conflict != null);
            if (conflict != null) {
                message.setText(conflict.exists()
                        ? document.file().getFileName() + " was changed on disk by another program, and you have "
                                + "unsaved changes. Which version do you want to keep? The other one stays in the History."
                        : document.file().getFileName() + " was deleted on disk. Keep your version to write it back, "
                                + "or close the tab.");
                useDisk.setDisable(!conflict.exists());
            }
        };
        document.conflictProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return bar;
    }

    private HBox noticeBar() {
        Label message = new Label();
        message.setId("editor-notice");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(document.noticeProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button("\u2715");
        dismiss.setOnAction(event -> document.dismissNotice());
        HBox bar = new HBox(8, message, dismiss);
        bar.getStyleClass().add("editor-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(document.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
