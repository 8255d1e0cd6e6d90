package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.editing.SearchQuery;
import io.dataops.workbench.terraform.editing.TextMatch;
import io.dataops.workbench.terraform.editing.TextSearch;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/** Find and replace in one file, plain or regex; hidden until Ctrl+F or Ctrl+R. */
public final class FindBar extends HBox {

    private final CodeEditor editor;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex = new CheckBox("Regex");
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label count = new Label();

    public FindBar(CodeEditor editor) {
        this.editor = editor;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        find.setId("find-field");
        find.setPromptText("Find");
        replace.setId("replace-field");
        replace.setPromptText("Replace with");
        regex.setId("find-regex");
        count.setId("find-count");
        count.getStyleClass().add("muted");
        Button next = button("Next", "find-next", this::findNext);
        Button previous = button("Previous", "find-previous", this::findPrevious);
        Button replaceOne = button("Replace", "replace-one", this::replaceOne);
        Button replaceAll = button("Replace all", "replace-all", this::replaceAll);
        Button close = button("\u2715", "find-close", this::hide);
        find.setOnAction(event -> findNext());
        find.textProperty().addListener((obs, old, text) -> updateCount());
        regex.selectedProperty().addListener((obs, old, on) -> updateCount());
        matchCase.selectedProperty().addListener((obs, old, on) -> updateCount());
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        getChildren().addAll(find, previous, next, regex, matchCase, replace, replaceOne, replaceAll, count, close);
        hide();
    }

    public void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        String selected = editor.area().getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        (withReplace && !find.getText().isEmpty() ? replace : find).requestFocus();
        updateCount();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
        editor.area().requestFocus();
    }

    public void findNext() {
        CodeArea area = editor.area();
        query().flatMap(q -> TextSearch.next(area.getText(), q, area.getSelection().getEnd()))
                .ifPresent(match -> editor.selectRange(match.start(), match.end()));
    }

    public void findPrevious() {
        CodeArea area = editor.area();
        query().flatMap(q -> TextSearch.previous(area.getText(), q, area.getSelection().getStart()))
                .ifPresent(match -> editor.selectRange(match.start(), match.end()));
    }

    /** Replaces the selected match, if the selection is one, and goes to the next. */
    public void replaceOne() {
        Optional<SearchQuery> query = query();
        if (query.isEmpty()) {
            return;
        }
        CodeArea area = editor.area();
        String text = area.getText();
        TextMatch selection = new TextMatch(area.getSelection().getStart(), area.getSelection().getEnd());
        List<TextMatch> matches = TextSearch.findAll(text, query.get());
        if (matches.contains(selection)) {
            String replacement = TextSearch.replacementFor(text, selection, query.get(), replace.getText());
            area.replaceText(selection.start(), selection.end(), replacement);
            area.moveTo(selection.start() + replacement.length());
        }
        findNext();
        updateCount();
    }

    public void replaceAll() {
        query().ifPresent(q -> {
            String text = editor.area().getText();
            String replaced = TextSearch.replaceAll(text, q, replace.getText());
            if (!replaced.equals(text)) {
                int caret = Math.min(editor.area().getCaretPosition(), replaced.length());
                editor.area().replaceText(replaced);
                editor.area().moveTo(caret);
            }
        });
        updateCount();
    }

    private Optional<SearchQuery> query() {
        if (find.getText().isEmpty()) {
            return Optional.empty();
        }
        SearchQuery query = new SearchQuery(find.getText(), regex.isSelected(), matchCase.isSelected());
        try {
            query.pattern();
            return Optional.of(query);
        } catch (UserFacingException e) {
            count.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private void updateCount() {
        if (!isVisible()) {
            return;
        }
        count.setText("");
        query().ifPresent(q -> {
            int found = TextSearch.findAll(editor.area().getText(), q).size();
            count.setText(found == 1 ? "1 match" : found + " matches");
        });
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
