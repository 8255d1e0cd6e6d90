package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import java.util.List;

/**
 * The tokens of one stretch of text that starts and ends in the scanner's initial state (usually one
 * line), kept with offsets relative to the stretch so an edit elsewhere does not touch them.
 */
record TokenSegment(int length, TokenKind[] kinds, int[] starts, int[] ends) {

    static TokenSegment of(List<Token> tokens, int from, int to, int segmentStart, int segmentEnd) {
        int count = to - from;
        TokenKind[] kinds = new TokenKind[count];
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            Token token = tokens.get(from + i);
            kinds[i] = token.kind();
            starts[i] = token.start() - segmentStart;
            ends[i] = token.end() - segmentStart;
        }
        return new TokenSegment(segmentEnd - segmentStart, kinds, starts, ends);
    }

    int size() {
        return kinds.length;
    }
}
