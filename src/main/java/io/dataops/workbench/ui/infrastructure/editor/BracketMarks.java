package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.editing.Brackets;
import io.dataops.workbench.terraform.editing.LexedToken;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;

/** Marks the bracket at the caret and its partner (style class {@code bracket-match}). */
final class BracketMarks {

    static final String STYLE = "bracket-match";

    private final CodeArea area;
    private final Supplier<Optional<List<LexedToken>>> tokens;
    private final List<Integer> marked = new ArrayList<>();

    BracketMarks(CodeArea area, Supplier<Optional<List<LexedToken>>> tokens) {
        this.area = area;
        this.tokens = tokens;
    }

    void caretMoved(int caret) {
        clear();
        if (!nextToBracket(caret)) {
            return;
        }
        tokens.get().flatMap(all -> Brackets.matchAt(all, caret)).ifPresent(pair -> {
            mark(pair.open());
            mark(pair.close());
        });
    }

    /** Keeps the marked offsets on their brackets while text before them changes. */
    void changed(PlainTextChange change) {
        int removedEnd = change.getPosition() + change.getRemoved().length();
        int delta = change.getInserted().length() - change.getRemoved().length();
        marked.replaceAll(offset -> offset >= removedEnd ? offset + delta : offset);
    }

    Optional<Brackets.Pair> current() {
        return marked.size() == 2 ? Optional.of(new Brackets.Pair(marked.get(0), marked.get(1))) : Optional.empty();
    }

    private boolean nextToBracket(int caret) {
        return isBracket(caret) || isBracket(caret - 1);
    }

    private boolean isBracket(int offset) {
        if (offset < 0 || offset >= area.getLength()) {
            return false;
        }
        return "{}[]()".indexOf(area.getText(offset, offset + 1).charAt(0)) >= 0;
    }

    private void clear() {
        for (int offset : marked) {
            if (offset < area.getLength()) {
                Collection<String> styles = new ArrayList<>(area.getStyleOfChar(offset));
                if (styles.remove(STYLE)) {
                    area.setStyle(offset, offset + 1, styles);
                }
            }
        }
        marked.clear();
    }

    private void mark(int offset) {
        Collection<String> styles = new ArrayList<>(area.getStyleOfChar(offset));
        styles.add(STYLE);
        area.setStyle(offset, offset + 1, styles);
        marked.add(offset);
    }
}
