package io.dataops.workbench.hcl.json;

import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.Span;

/**
 * Char index to HCL position (line, column in code points, UTF-8 byte offset). Moves forward from the
 * last answer, so a reader asking in source order pays once per character; earlier indexes restart
 * from the beginning.
 */
final class SourcePositions {

    private final String source;
    private final String filename;
    private int index;
    private int line = 1;
    private int column = 1;
    private int byteOffset;

    SourcePositions(String source, String filename) {
        this.source = source;
        this.filename = filename;
    }

    SourcePos at(int target) {
        if (target < index) {
            index = 0;
            line = 1;
            column = 1;
            byteOffset = 0;
        }
        while (index < target && index < source.length()) {
            int cp = source.codePointAt(index);
            int width = Character.charCount(cp);
            byteOffset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            index += width;
        }
        return new SourcePos(line, column, byteOffset);
    }

    Span span(int start, int end) {
        SourcePos from = at(start);
        return new Span(start, end, new SourceRange(filename, from, at(end)));
    }
}
