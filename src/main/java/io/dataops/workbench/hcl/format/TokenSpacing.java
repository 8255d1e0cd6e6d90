package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.lexer.TokenKind;

import static io.dataops.workbench.hcl.lexer.TokenKind.*;

/**
 * hclwrite's spaceAfterToken: whether one space goes between {@code subject} and {@code after} in a line
 * cell, given the token {@code before} the subject (null at the start of a cell). The order of the
 * rules matters and is hclwrite's.
 */
final class TokenSpacing {
    private TokenSpacing() {
    }

    static boolean spaceAfter(WriterToken subject, WriterToken before, WriterToken after) {
        TokenKind s = subject.kind;
        TokenKind a = after.kind;
        if (a == NEWLINE) {
            return false;
        }
        if (s == IDENT && a == O_PAREN) {
            return false; // function name and its argument list
        }
        if ((s == IDENT && a == DOUBLE_COLON) || (s == DOUBLE_COLON && a == IDENT)) {
            return false; // provider::ns::fn
        }
        if (s == DOT || a == DOT) {
            return false;
        }
        if (a == COMMA || a == ELLIPSIS) {
            return false;
        }
        if (s == COMMA) {
            return true;
        }
        if (s == QUOTED_LIT || s == STRING_LIT || s == O_QUOTE || s == O_HEREDOC
                || a == QUOTED_LIT || a == STRING_LIT || a == C_QUOTE || a == C_HEREDOC) {
            return false; // template text is never touched
        }
        if (s == IDENT && subject.text.equals("in") && before != null && before.kind == IDENT) {
            return true; // "for x in [a]": keyword, not an index into a variable "in"
        }
        if (a == O_BRACK && (s == IDENT || s == NUMBER_LIT || subject.bracketChange() < 0)) {
            return false;
        }
        if (s == BANG) {
            return false;
        }
        if (s == MINUS) {
            return before != null && !negationContext(before.kind);
        }
        if (s == O_BRACE || a == C_BRACE) {
            return !(s == O_BRACE && a == C_BRACE); // "{ a = 1 }" but "{}"
        }
        if ((s == TEMPLATE_INTERP || s == TEMPLATE_CONTROL) && a == O_BRACE) {
            return true;
        }
        if (s == C_BRACE && a == TEMPLATE_SEQ_END) {
            return true;
        }
        if (s == TEMPLATE_SEQ_END && (a == TEMPLATE_INTERP || a == TEMPLATE_CONTROL)) {
            return false;
        }
        if (subject.bracketChange() > 0) {
            return false;
        }
        return after.bracketChange() >= 0;
    }

    /** After these a minus is a negation ("-1"), not a subtraction. */
    private static boolean negationContext(TokenKind before) {
        return switch (before) {
            case O_PAREN, O_BRACE, O_BRACK, EQUAL, COLON, COMMA, QUESTION,
                    PLUS, STAR, SLASH, PERCENT, MINUS,
                    EQUAL_OP, NOT_EQUAL, GREATER_THAN, GREATER_THAN_EQ, LESS_THAN, LESS_THAN_EQ,
                    AND, OR, BANG -> true;
            default -> false;
        };
    }
}
