package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns diagnostics (1-based line and code-point column) into char offsets of the text they were made for,
 * widened to one char where the range is empty, so every error has something to underline.
 */
public final class DiagnosticSpans {

    private DiagnosticSpans() {
    }

    public static List<DiagnosticSpan> of(String text, List<Diagnostic> diagnostics) {
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        List<DiagnosticSpan> spans = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.subject() == null) {
                continue;
            }
            int start = offset(text, lineStarts, diagnostic.subject().start());
            int end = Math.max(start, offset(text, lineStarts, diagnostic.subject().end()));
            if (end == start) {
                if (end < text.length() && text.charAt(end) != '\n') {
                    end++;
                } else if (start > 0) {
                    start--;
                }
            }
            String message = diagnostic.detail() == null || diagnostic.detail().isBlank() ? diagnostic.summary()
                    : diagnostic.summary() + ": " + diagnostic.detail();
            spans.add(new DiagnosticSpan(start, end, diagnostic.severity(), message));
        }
        return List.copyOf(spans);
    }

    private static int offset(String text, List<Integer> lineStarts, SourcePos pos) {
        int line = Math.max(1, Math.min(pos.line(), lineStarts.size()));
        int lineStart = lineStarts.get(line - 1);
        int lineEnd = line < lineStarts.size() ? lineStarts.get(line) : text.length();
        int offset = lineStart;
        for (int column = 1; column < pos.column() && offset < lineEnd; column++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.min(offset, text.length());
    }
}
