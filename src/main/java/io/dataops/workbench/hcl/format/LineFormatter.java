package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * hclwrite's format passes over the lines: indentation by net bracket count per line (two spaces per
 * level, with an indent stack so unbalanced lines cannot drift), spacing between tokens
 * ({@link TokenSpacing}), then vertical alignment of the {@code =} and trailing-comment cells of
 * consecutive lines.
 */
final class LineFormatter {
    private LineFormatter() {
    }

    static void format(List<WriterToken> tokens) {
        List<FormatLine> lines = FormatLine.split(tokens);
        indent(lines);
        space(lines);
        alignAssignments(lines);
        alignComments(lines);
    }

    private static void indent(List<FormatLine> lines) {
        List<Integer> indents = new ArrayList<>();
        for (FormatLine line : lines) {
            if (line.lead.isEmpty()) {
                continue;
            }
            if (line.lead.get(0).kind == TokenKind.NEWLINE) {
                line.lead.get(0).spacesBefore = 0;
                continue;
            }
            int net = 0;
            for (WriterToken t : line.lead) {
                net += t.bracketChange();
                if (t.kind == TokenKind.O_HEREDOC) {
                    break;
                }
            }
            if (line.assign != null) {
                for (WriterToken t : line.assign) {
                    net += t.bracketChange();
                }
            }
            if (net > 0) {
                line.lead.get(0).spacesBefore = 2 * indents.size();
                indents.add(net);
                continue;
            }
            int closed = -net;
            while (closed > 0 && !indents.isEmpty()) {
                int top = indents.get(indents.size() - 1);
                if (closed >= top) {
                    closed -= top;
                    indents.remove(indents.size() - 1);
                } else {
                    indents.set(indents.size() - 1, top - closed);
                    closed = 0;
                }
            }
            line.lead.get(0).spacesBefore = 2 * indents.size();
        }
    }

    private static void space(List<FormatLine> lines) {
        for (FormatLine line : lines) {
            spaceCell(line.lead);
            if (line.assign != null) {
                line.assign.get(0).spacesBefore = 1;
                spaceCell(line.assign);
            }
        }
    }

    private static void spaceCell(List<WriterToken> cell) {
        for (int i = 0; i + 1 < cell.size(); i++) {
            WriterToken before = i > 0 ? cell.get(i - 1) : null;
            WriterToken after = cell.get(i + 1);
            after.spacesBefore = TokenSpacing.spaceAfter(cell.get(i), before, after) ? 1 : 0;
        }
    }

    private static void alignAssignments(List<FormatLine> lines) {
        int chainStart = -1;
        int maxColumns = 0;
        for (int i = 0; i <= lines.size(); i++) {
            FormatLine line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.assign != null) {
                chainStart = chainStart < 0 ? i : chainStart;
                maxColumns = Math.max(maxColumns, FormatLine.columns(line.lead));
            } else if (chainStart >= 0) {
                for (FormatLine chained : lines.subList(chainStart, i)) {
                    chained.assign.get(0).spacesBefore = maxColumns - FormatLine.columns(chained.lead) + 1;
                }
                chainStart = -1;
                maxColumns = 0;
            }
        }
    }

    private static void alignComments(List<FormatLine> lines) {
        int chainStart = -1;
        int maxColumns = 0;
        for (int i = 0; i <= lines.size(); i++) {
            FormatLine line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.comment != null) {
                chainStart = chainStart < 0 ? i : chainStart;
                maxColumns = Math.max(maxColumns, FormatLine.columns(line.lead) + FormatLine.columns(line.assign));
            } else if (chainStart >= 0) {
                for (FormatLine chained : lines.subList(chainStart, i)) {
                    int columns = FormatLine.columns(chained.lead) + FormatLine.columns(chained.assign);
                    chained.comment.get(0).spacesBefore = maxColumns - columns + 1;
                }
                chainStart = -1;
                maxColumns = 0;
            }
        }
    }
}
