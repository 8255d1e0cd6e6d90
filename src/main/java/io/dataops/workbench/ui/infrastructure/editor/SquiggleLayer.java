package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.editing.DiagnosticSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;

/**
 * Syntax errors as a wavy underline (style class {@code squiggle}) on top of the colours. The ranges move
 * with edits like the text does, so a mark stays on its text until the next check replaces the list.
 */
final class SquiggleLayer {

    static final String STYLE = "squiggle";

    private final CodeArea area;
    private final List<Mark> marks = new ArrayList<>();

    private static final class Mark {
        int start;
        int end;
        final String message;

        Mark(int start, int end, String message) {
            this.start = start;
            this.end = end;
            this.message = message;
        }
    }

    SquiggleLayer(CodeArea area) {
        this.area = area;
    }

    void show(List<DiagnosticSpan> spans) {
        for (Mark mark : marks) {
            restyle(mark.start, mark.end, false);
        }
        marks.clear();
        for (DiagnosticSpan span : spans) {
            if (span.end() <= area.getLength()) {
                marks.add(new Mark(span.start(), span.end(), span.message()));
                restyle(span.start(), span.end(), true);
            }
        }
    }

    /** Moves the marks with an edit; a mark whose text was removed shrinks and may vanish. */
    void changed(PlainTextChange change) {
        int position = change.getPosition();
        int removedEnd = position + change.getRemoved().length();
        int delta = change.getInserted().length() - change.getRemoved().length();
        marks.removeIf(mark -> {
            mark.start = moved(mark.start, position, removedEnd, delta);
            mark.end = moved(mark.end, position, removedEnd, delta);
            return mark.end <= mark.start;
        });
    }

    /** Puts the underline back on marks in a stretch whose colours were just replaced. */
    void restyled(int from, int to) {
        for (Mark mark : marks) {
            if (mark.start < to && mark.end > from) {
                restyle(Math.max(mark.start, from), Math.min(mark.end, to), true);
            }
        }
    }

    Optional<String> messageAt(int offset) {
        return marks.stream().filter(m -> m.start <= offset && offset < m.end).map(m -> m.message).findFirst();
    }

    int count() {
        return marks.size();
    }

    private void restyle(int start, int end, boolean on) {
        int to = Math.min(end, area.getLength());
        if (start >= to) {
            return;
        }
        area.setStyleSpans(start, area.getStyleSpans(start, to).mapStyles(styles -> with(styles, on)));
    }

    private static Collection<String> with(Collection<String> styles, boolean on) {
        Set<String> result = new HashSet<>(styles);
        if (on) {
            result.add(STYLE);
        } else {
            result.remove(STYLE);
        }
        return List.copyOf(result);
    }

    private static int moved(int offset, int position, int removedEnd, int delta) {
        if (offset <= position) {
            return offset;
        }
        if (offset >= removedEnd) {
            return offset + delta;
        }
        return position;
    }
}
