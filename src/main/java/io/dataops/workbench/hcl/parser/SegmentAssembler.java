package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.TokenSlice;
import io.dataops.workbench.hcl.tree.TopLevelSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the parser's {@link BodyParser.SegmentDraft}s into {@link TopLevelSegment}s: slices the tokens,
 * hands each segment the parse errors found in it and the lexical errors located in it, and marks where
 * lexing may restart (the lexer is outside any string or template and a line just ended).
 */
final class SegmentAssembler {

    private SegmentAssembler() {
    }

    /**
     * @param from char index where the first segment starts
     * @param to   char index where the last segment ends
     */
    static List<TopLevelSegment> assemble(String source, List<Token> tokens, List<BodyParser.SegmentDraft> drafts,
                                          List<Diagnostic> parseDiagnostics, List<Diagnostic> lexDiagnostics,
                                          int from, int to) {
        List<TopLevelSegment> segments = new ArrayList<>(drafts.size());
        int lexIndex = 0;
        int templateDepth = 0;
        int start = from;
        for (int d = 0; d < drafts.size(); d++) {
            BodyParser.SegmentDraft draft = drafts.get(d);
            List<Token> slice = tokens.subList(draft.firstToken(), draft.endToken());
            List<Diagnostic> diagnostics = new ArrayList<>(parseDiagnostics.subList(draft.firstDiagnostic(),
                    draft.endDiagnostic()));
            boolean last = d == drafts.size() - 1;
            int endByte = last || slice.isEmpty() ? Integer.MAX_VALUE : slice.get(slice.size() - 1).range().end().byteOffset();
            while (lexIndex < lexDiagnostics.size()
                    && lexDiagnostics.get(lexIndex).subject().start().byteOffset() < endByte) {
                diagnostics.add(lexDiagnostics.get(lexIndex++));
            }
            for (Token token : slice) {
                templateDepth = Math.max(0, templateDepth + depthChange(token.kind()));
            }
            int end = last || slice.isEmpty() ? to : slice.get(slice.size() - 1).end();
            boolean safe = !last && templateDepth == 0 && !slice.isEmpty() && endsLine(slice.get(slice.size() - 1));
            segments.add(new TopLevelSegment(start, end, Optional.ofNullable(draft.item()), TokenSlice.of(source, slice),
                    diagnostics, safe));
            start = end;
        }
        return segments;
    }

    static int depthChange(TokenKind kind) {
        return switch (kind) {
            case O_QUOTE, O_HEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL -> 1;
            case C_QUOTE, C_HEREDOC, TEMPLATE_SEQ_END -> -1;
            default -> 0;
        };
    }

    /** A newline, or a line comment (which includes its line break); not a block comment left open at the end. */
    static boolean endsLine(Token token) {
        return token.kind() == TokenKind.NEWLINE || (token.kind() == TokenKind.COMMENT && token.text().endsWith("\n")
                && (token.text().startsWith("#") || token.text().startsWith("//")));
    }
}
