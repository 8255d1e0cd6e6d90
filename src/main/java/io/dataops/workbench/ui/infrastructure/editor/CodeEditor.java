package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.editing.Brackets;
import io.dataops.workbench.terraform.editing.DiagnosticSpans;
import io.dataops.workbench.terraform.editing.SyntaxCheck;
import io.dataops.workbench.terraform.editing.TextEdit;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The code area of one file with everything that makes it an HCL editor: line numbers, current-line
 * highlight, incremental colouring, bracket matching, squiggles with their message on hover, folding, go to
 * line, and the typing conveniences of {@link EditorKeys}. Undo and redo are the code area's own (plain
 * text, multi-level; colouring is not an edit).
 */
public final class CodeEditor implements DocumentBuffer {

    /** How long typing must pause before the syntax check runs. */
    static final javafx.util.Duration CHECK_DELAY = javafx.util.Duration.millis(300);

    private static final double GUTTER_SLOT_WIDTH = 26;

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final SyntaxHighlighting highlighting;
    private final SquiggleLayer squiggles = new SquiggleLayer(area);
    private final BracketMarks brackets;
    private final TaskRunner runner;
    private final SyntaxCheck syntaxCheck;
    private final PauseTransition checkDelay = new PauseTransition(CHECK_DELAY);
    private final ReadOnlyIntegerWrapper checks = new ReadOnlyIntegerWrapper();
    private final Popup hover = new Popup();
    private final String name;
    private EditorDocument document;
    private boolean loading;
    private long version;

    public CodeEditor(String name, TaskRunner runner, SyntaxCheck syntaxCheck) {
        this.name = name;
        this.runner = runner;
        this.syntaxCheck = syntaxCheck;
        this.highlighting = new SyntaxHighlighting(area, runner, name);
        this.brackets = new BracketMarks(area, highlighting::tokens);
        area.getStyleClass().add("hcl-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setLineHighlighterFill(Color.rgb(53, 116, 240, 0.10));
        area.setLineHighlighterOn(true);
        highlighting.setAfterUpdate(squiggles::restyled);
        area.plainTextChanges().subscribe(change -> {
            version++;
            squiggles.changed(change);
            brackets.changed(change);
            highlighting.changed(change);
            if (!loading && document != null) {
                document.edited(area.getUndoManager().isAtMarkedPosition());
            }
            checkDelay.playFromStart();
        });
        area.caretPositionProperty().addListener((obs, old, caret) -> brackets.caretMoved(caret));
        checkDelay.setOnFinished(event -> checkSyntax());
        installHover();
        new EditorKeys(this).install(area);
    }

    public void attach(EditorDocument document) {
        this.document = document;
    }

    public CodeArea area() {
        return area;
    }

    public VirtualizedScrollPane<CodeArea> node() {
        return scrollPane;
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public void replace(String text) {
        area.replaceText(text);
    }

    @Override
    public void load(String text) {
        loading = true;
        try {
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            markSaved();
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            loading = false;
        }
        highlighting.restyleAll();
        checkSyntax();
    }

    @Override
    public void markSaved() {
        area.getUndoManager().mark();
    }

    /** Applies an edit from {@link io.dataops.workbench.terraform.editing.EditActions} as one undoable step. */
    void apply(TextEdit edit) {
        area.replaceText(edit.start(), edit.end(), edit.text());
        area.moveTo(Math.min(edit.caret(), area.getLength()));
        area.requestFollowCaret();
    }

    /** Folds the innermost block that starts on the caret's line, or else contains it. */
    public boolean foldAtCaret() {
        Optional<Brackets.FoldRegion> region = highlighting.tokens()
                .map(tokens -> Brackets.foldRegions(area.getText(), tokens))
                .flatMap(regions -> Brackets.regionAt(regions, area.getCurrentParagraph()));
        region.ifPresent(r -> {
            area.foldParagraphs(r.startLine(), r.endLine());
            area.moveTo(r.startLine(), 0);
        });
        return region.isPresent();
    }

    public void unfoldAtCaret() {
        area.unfoldParagraphs(area.getCurrentParagraph());
    }

    /** Moves the caret to the start of a 1-based line, clamped to the text. */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    public void selectRange(int start, int end) {
        area.selectRange(start, end);
        area.requestFollowCaret();
    }

    void save() {
        if (document != null) {
            document.save();
        }
    }

    /**
     * Adds a slot beside each line number for marks another feature draws (the plan's action of a block): the
     * decoration gets a 0-based paragraph and returns its mark, or null. The slot keeps its width on every line,
     * so marks never shift the text. Null removes the slot.
     */
    public void setGutterDecoration(IntFunction<Node> decoration) {
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        if (decoration == null) {
            area.setParagraphGraphicFactory(numbers);
            return;
        }
        area.setParagraphGraphicFactory(paragraph -> {
            StackPane slot = new StackPane();
            slot.getStyleClass().add("gutter-slot");
            slot.setMinWidth(GUTTER_SLOT_WIDTH);
            slot.setPrefWidth(GUTTER_SLOT_WIDTH);
            Node mark = decoration.apply(paragraph);
            if (mark != null) {
                slot.getChildren().add(mark);
            }
            HBox graphic = new HBox(numbers.apply(paragraph), slot);
            graphic.setAlignment(Pos.CENTER_LEFT);
            return graphic;
        });
    }

    /** The window is closing: no check may start after its task runner stopped. */
    public void stopTimers() {
        checkDelay.stop();
    }

    /** The message of the error under {@code offset}, as the hover shows it. */
    public Optional<String> diagnosticAt(int offset) {
        return squiggles.messageAt(offset);
    }

    public int squiggleCount() {
        return squiggles.count();
    }

    public Optional<Brackets.Pair> matchedBrackets() {
        return brackets.current();
    }

    /** Counts finished syntax checks; tests wait on it. */
    public ReadOnlyIntegerProperty checksProperty() {
        return checks.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyLongProperty highlightUpdatesProperty() {
        return highlighting.updatesProperty();
    }

    private void checkSyntax() {
        checkDelay.stop();
        String text = area.getText();
        long checkedVersion = version;
        LateTasks.submit(runner, BackgroundTask.of("Check " + name, context -> DiagnosticSpans.of(text, syntaxCheck.check(text, name)))
                .onSucceeded(spans -> {
                    if (checkedVersion == version) {
                        squiggles.show(spans);
                        checks.set(checks.get() + 1);
                    }
                })
                .onFailed(error -> checks.set(checks.get() + 1)));
    }

    private void installHover() {
        Label message = new Label();
        // A popup has a scene of its own, without the window's stylesheets.
        message.setStyle("-fx-background-color: #fff4e0; -fx-text-fill: #3a2a10; -fx-border-color: #d9822b; "
                + "-fx-padding: 6 8 6 8; -fx-font-size: 12px;");
        message.setWrapText(true);
        message.setMaxWidth(520);
        hover.getContent().add(message);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> squiggles.messageAt(event.getCharacterIndex())
                .ifPresent(text -> {
                    message.setText(text);
                    hover.show(area, event.getScreenPosition().getX(), event.getScreenPosition().getY() + 12);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hover.hide());
    }

    List<String> styleAt(int offset) {
        return List.copyOf(area.getStyleOfChar(offset));
    }
}
