package io.dataops.workbench.hcl.lexer;

import io.dataops.workbench.hcl.SourcePos;

/**
 * Walks a Java string forward and keeps the HCL position of the current char index: 1-based line,
 * 1-based column counted in code points (HCL counts grapheme clusters; code points are close enough and
 * agree for all ASCII), and the 0-based UTF-8 byte offset. A CR LF pair counts as one line break, as in
 * hclsyntax; a lone CR is an ordinary column. A lone surrogate counts as 3 bytes, the size its code unit
 * would have in UTF-8, so offsets never go backwards.
 */
final class PositionTracker {
    private final String source;
    private int index;
    private int line;
    private int column;
    private int byteOffset;

    PositionTracker(String source, int index, SourcePos start) {
        this.source = source;
        this.index = index;
        this.line = start.line();
        this.column = start.column();
        this.byteOffset = start.byteOffset();
    }

    /** Moves to {@code target} (which must not be before the current index) and returns the position there. */
    SourcePos advanceTo(int target) {
        while (index < target) {
            char c = source.charAt(index);
            if (c == '\n') {
                line++;
                column = 1;
                byteOffset++;
                index++;
            } else if (c == '\r' && index + 1 < target && source.charAt(index + 1) == '\n') {
                line++;
                column = 1;
                byteOffset += 2;
                index += 2;
            } else {
                int cp = source.codePointAt(index);
                int count = Character.charCount(cp);
                if (index + count > target) {
                    count = 1;
                }
                byteOffset += utf8Length(cp);
                column++;
                index += count;
            }
        }
        return current();
    }

    /** Skips a byte order mark: its bytes count for offsets but it occupies no column (as in hclsyntax). */
    void skipByteOrderMark() {
        index++;
        byteOffset += 3;
    }

    SourcePos current() {
        return new SourcePos(line, column, byteOffset);
    }

    static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
