package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies tokens for colouring, looking at the next token where HCL needs it: an identifier followed by
 * {@code =} is an attribute, by {@code (} a function, and the first identifier of a line followed by a label
 * or a brace is a block type. Plain identifiers (references) get no run.
 */
public final class Highlighter {

    private static final Set<String> LITERALS = Set.of("true", "false", "null", "for", "in", "if", "endif",
            "endfor", "else");

    private Highlighter() {
    }

    /**
     * Runs for {@code tokens} (in order, absolute offsets) over {@code text}, which starts at absolute offset
     * {@code textOffset}; gaps are plain text.
     */
    public static List<HighlightRun> runs(CharSequence text, int textOffset, List<LexedToken> tokens) {
        List<HighlightRun> runs = new ArrayList<>(tokens.size());
        boolean lineStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            LexedToken token = tokens.get(i);
            TokenKind next = i + 1 < tokens.size() ? tokens.get(i + 1).kind() : TokenKind.EOF;
            kindOf(text, textOffset, token, next, lineStart)
                    .ifPresent(kind -> runs.add(new HighlightRun(token.start(), token.end(), kind)));
            lineStart = token.kind() == TokenKind.NEWLINE || token.kind() == TokenKind.COMMENT;
        }
        return runs;
    }

    private static Optional<HighlightKind> kindOf(CharSequence text, int textOffset, LexedToken token, TokenKind next, boolean lineStart) {
        return Optional.ofNullable(switch (token.kind()) {
            case IDENT -> identifier(text, textOffset, token, next, lineStart);
            case O_QUOTE, C_QUOTE, QUOTED_LIT, STRING_LIT, O_HEREDOC, C_HEREDOC -> HighlightKind.STRING;
            case NUMBER_LIT -> HighlightKind.NUMBER;
            case COMMENT -> HighlightKind.COMMENT;
            case O_BRACE, C_BRACE, O_BRACK, C_BRACK, O_PAREN, C_PAREN -> HighlightKind.BRACKET;
            case TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END -> HighlightKind.INTERPOLATION;
            case EQUAL, EQUAL_OP, NOT_EQUAL, LESS_THAN, LESS_THAN_EQ, GREATER_THAN, GREATER_THAN_EQ, AND, OR, BANG,
                 STAR, SLASH, PLUS, MINUS, PERCENT, QUESTION, COLON, FAT_ARROW, ELLIPSIS -> HighlightKind.OPERATOR;
            case BITWISE_AND, BITWISE_OR, BITWISE_NOT, BITWISE_XOR, STAR_STAR, APOSTROPHE, BACKTICK, SEMICOLON,
                 TABS, INVALID, BAD_UTF8, QUOTED_NEWLINE -> HighlightKind.INVALID;
            default -> null;
        });
    }

    private static HighlightKind identifier(CharSequence text, int textOffset, LexedToken token, TokenKind next, boolean lineStart) {
        if (next == TokenKind.EQUAL) {
            return HighlightKind.ATTRIBUTE;
        }
        if (next == TokenKind.O_PAREN) {
            return HighlightKind.FUNCTION;
        }
        if (lineStart && (next == TokenKind.O_QUOTE || next == TokenKind.O_BRACE || next == TokenKind.IDENT)) {
            return HighlightKind.BLOCK_TYPE;
        }
        String word = text.subSequence(token.start() - textOffset, token.end() - textOffset).toString();
        return LITERALS.contains(word) ? HighlightKind.LITERAL : null;
    }
}
