package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * One line as hclwrite's formatter splits it into cells: {@code lead} (always), {@code assign} (from the
 * {@code =} of a single-line attribute on) and {@code comment} (a trailing comment). The first token of
 * each cell gets its leading spaces from indentation or alignment. A heredoc has no NEWLINE tokens inside,
 * so it belongs to the line of its introducer.
 */
final class FormatLine {
    List<WriterToken> lead;
    List<WriterToken> assign;
    List<WriterToken> comment;

    private FormatLine(List<WriterToken> lead) {
        this.lead = lead;
    }

    /** linesForFormat: split at NEWLINE and line-comment tokens (EOF excluded), then pick off the cells. */
    static List<FormatLine> split(List<WriterToken> tokens) {
        List<FormatLine> lines = new ArrayList<>();
        int lineStart = 0;
        int i = 0;
        for (; i < tokens.size(); i++) {
            WriterToken t = tokens.get(i);
            if (t.kind == TokenKind.EOF) {
                break;
            }
            if (t.endsLine()) {
                lines.add(new FormatLine(tokens.subList(lineStart, i + 1)));
                lineStart = i + 1;
            }
        }
        lines.add(new FormatLine(tokens.subList(lineStart, i)));
        lines.forEach(FormatLine::pickCells);
        return lines;
    }

    private void pickCells() {
        if (lead.isEmpty()) {
            return;
        }
        if (lead.size() > 1 && lead.get(lead.size() - 1).kind == TokenKind.COMMENT) {
            comment = lead.subList(lead.size() - 1, lead.size());
            lead = lead.subList(0, lead.size() - 1);
        }
        for (int i = 1; i < lead.size(); i++) {
            if (lead.get(i).kind == TokenKind.EQUAL) {
                // Only a whole expression on this line goes to "assign": net open brackets mean the
                // value continues on the next lines.
                int net = 0;
                for (WriterToken t : lead.subList(i, lead.size())) {
                    net += t.bracketChange();
                }
                if (net == 0) {
                    assign = lead.subList(i, lead.size());
                    lead = lead.subList(0, i);
                }
                break;
            }
        }
    }

    static int columns(List<WriterToken> cell) {
        if (cell == null) {
            return 0;
        }
        int columns = 0;
        for (WriterToken t : cell) {
            columns += t.spacesBefore + TextColumns.of(t.text);
        }
        return columns;
    }
}
