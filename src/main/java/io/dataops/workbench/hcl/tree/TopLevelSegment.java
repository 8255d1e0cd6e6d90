package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.lexer.Token;

import java.util.List;
import java.util.Optional;

/**
 * A slice of a file between two line starts holding at most one top-level item (with the blank lines and
 * comments before it, and its closing newline), its tokens and the diagnostics found in it. Files are
 * kept as segments so that {@code IncrementalParser} can re-parse only the segments an edit touches and
 * reuse the rest.
 *
 * @param start        char index of the first character
 * @param end          char index after the last character
 * @param item         the attribute or block, empty for a segment of only comments, blank lines or junk
 * @param tokenSlice   the segment's tokens (the file's EOF token belongs to the last segment), stored compactly
 * @param diagnostics  the errors reported while parsing this segment
 * @param restartSafe  whether the lexer is in its initial state at {@code end}, so lexing may restart there
 */
public record TopLevelSegment(int start, int end, Optional<BodyItem> item, TokenSlice tokenSlice,
                              List<Diagnostic> diagnostics, boolean restartSafe) {

    public TopLevelSegment {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The segment's tokens, made on access from the compact store. */
    public List<Token> tokens() {
        return tokenSlice.asList();
    }
}
