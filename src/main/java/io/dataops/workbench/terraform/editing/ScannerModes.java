package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.lexer.TokenKind;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Follows the scanner's mode stack from its tokens alone, to tell where it is back in its initial state:
 * outside every string and heredoc, with no template sequence open. Sequences end at the brace that
 * balances their {@code ${} (a {@code ~}} that does not balance it is a sequence-end token all the same but
 * changes no mode), so braces are counted the way the scanner counts them.
 */
final class ScannerModes {

    private int openStrings;
    private int braces;
    private final Deque<Integer> sequenceBraces = new ArrayDeque<>();

    void accept(TokenKind kind) {
        switch (kind) {
            case O_QUOTE, O_HEREDOC -> openStrings++;
            case C_QUOTE, C_HEREDOC -> openStrings = Math.max(0, openStrings - 1);
            case O_BRACE -> braces++;
            case TEMPLATE_INTERP, TEMPLATE_CONTROL -> sequenceBraces.push(++braces);
            case C_BRACE, TEMPLATE_SEQ_END -> {
                if (!sequenceBraces.isEmpty() && sequenceBraces.peek() == braces) {
                    sequenceBraces.pop();
                }
                braces--;
            }
            default -> { }
        }
    }

    boolean initial() {
        return openStrings == 0 && sequenceBraces.isEmpty();
    }
}
