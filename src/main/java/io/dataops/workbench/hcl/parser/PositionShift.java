package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.tree.Span;
import io.dataops.workbench.hcl.tree.TopLevelSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves reused segments behind an edit: char indices, UTF-8 byte offsets and line numbers shift by
 * fixed amounts. Columns stay, because reused segments always start at the beginning of a line.
 */
final class PositionShift {

    /** The edited text the shifted tokens now point into (null for shifts of detached nodes). */
    private final String source;
    final int chars;
    final int bytes;
    final int lines;
    /** Added to columns on the first line only (for text parsed out of context, like a JSON string). */
    private final int firstLineColumns;
    private final NodeShifter nodes = new NodeShifter(this);

    PositionShift(String source, int chars, int bytes, int lines) {
        this(source, chars, bytes, lines, 0);
    }

    PositionShift(String source, int chars, int bytes, int lines, int firstLineColumns) {
        this.source = source;
        this.chars = chars;
        this.bytes = bytes;
        this.lines = lines;
        this.firstLineColumns = firstLineColumns;
    }

    io.dataops.workbench.hcl.tree.Expression expression(io.dataops.workbench.hcl.tree.Expression expression) {
        return new NodeShifter(this).expression(expression);
    }

    boolean isNone() {
        return chars == 0 && bytes == 0 && lines == 0;
    }

    SourcePos pos(SourcePos pos) {
        int column = pos.line() == 1 ? pos.column() + firstLineColumns : pos.column();
        return new SourcePos(pos.line() + lines, column, pos.byteOffset() + bytes);
    }

    SourceRange range(SourceRange range) {
        return new SourceRange(range.filename(), pos(range.start()), pos(range.end()));
    }

    Span span(Span span) {
        return new Span(span.start() + chars, span.end() + chars, range(span.range()));
    }

    Token token(Token token) {
        return new Token(token.kind(), token.text(), token.start() + chars, token.end() + chars, range(token.range()));
    }

    Diagnostic diagnostic(Diagnostic diagnostic) {
        return new Diagnostic(diagnostic.severity(), diagnostic.summary(), diagnostic.detail(), range(diagnostic.subject()));
    }

    TopLevelSegment segment(TopLevelSegment segment) {
        if (isNone()) {
            return segment; // same text at the same offsets: the old slice reads the same
        }
        List<Diagnostic> diagnostics = new ArrayList<>(segment.diagnostics().size());
        segment.diagnostics().forEach(diagnostic -> diagnostics.add(diagnostic(diagnostic)));
        return new TopLevelSegment(segment.start() + chars, segment.end() + chars, segment.item().map(nodes::item),
                segment.tokenSlice().shifted(source, chars, bytes, lines), diagnostics, segment.restartSafe());
    }
}
