package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;

import java.util.Arrays;

/**
 * The line starts of one text, to turn HCL positions (1-based line, code-point column) into char offsets
 * of that text and back.
 */
public final class TextLines {

    private final String text;
    private final int[] starts;

    public TextLines(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
    }

    public String text() {
        return text;
    }

    public int offset(SourcePos pos) {
        int line = Math.max(1, Math.min(pos.line(), starts.length));
        int offset = starts[line - 1];
        int lineEnd = line < starts.length ? starts[line] : text.length();
        for (int column = 1; column < pos.column() && offset < lineEnd; column++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.min(offset, text.length());
    }

    public Span span(SourceRange range) {
        int start = offset(range.start());
        return new Span(start, Math.max(start, offset(range.end())));
    }

    /** The 1-based line of a char offset. */
    public int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    }

    public String lineText(int line) {
        int start = lineStart(line);
        int end = line < starts.length ? starts[line] - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    /** Char offsets [start, end) in the text. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return start <= offset && offset <= end;
        }
    }
}
