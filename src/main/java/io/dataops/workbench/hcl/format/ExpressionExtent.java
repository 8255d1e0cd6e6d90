package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where an attribute's expression ends: at the first line break (or, in a one-line block, the closing
 * brace) outside any bracket, quote or heredoc. Also a coarse syntax check of what it passes (matching
 * brackets, no dangling operator, no two operands in a row at the top level), so the formatter refuses
 * the inputs hclsyntax clearly rejects even without the full parser.
 */
final class ExpressionExtent {
    private static final Set<TokenKind> DANGLING = EnumSet.of(TokenKind.PLUS, TokenKind.MINUS, TokenKind.STAR,
            TokenKind.SLASH, TokenKind.PERCENT, TokenKind.EQUAL_OP, TokenKind.NOT_EQUAL, TokenKind.LESS_THAN,
            TokenKind.LESS_THAN_EQ, TokenKind.GREATER_THAN, TokenKind.GREATER_THAN_EQ, TokenKind.AND, TokenKind.OR,
            TokenKind.BANG, TokenKind.QUESTION, TokenKind.COLON, TokenKind.DOT, TokenKind.DOUBLE_COLON);
    private static final Set<TokenKind> NEVER_AT_TOP = EnumSet.of(TokenKind.EQUAL, TokenKind.COMMA,
            TokenKind.FAT_ARROW, TokenKind.ELLIPSIS);
    private static final Set<TokenKind> ENDS_OPERAND = EnumSet.of(TokenKind.IDENT, TokenKind.NUMBER_LIT,
            TokenKind.C_QUOTE, TokenKind.C_HEREDOC, TokenKind.C_PAREN, TokenKind.C_BRACK, TokenKind.C_BRACE);
    private static final Set<TokenKind> STARTS_OPERAND = EnumSet.of(TokenKind.IDENT, TokenKind.NUMBER_LIT,
            TokenKind.O_QUOTE, TokenKind.O_HEREDOC, TokenKind.O_BRACE);

    private int start = -1;
    private int end = -1;
    private int stop;
    private Diagnostic error;

    ExpressionExtent(List<Token> tokens, int from, boolean oneLineBlock) {
        Deque<TokenKind> open = new ArrayDeque<>();
        TokenKind previous = null;
        int i = from;
        for (; ; i++) {
            Token t = tokens.get(i);
            TokenKind kind = t.kind();
            if (kind == TokenKind.EOF) {
                if (!open.isEmpty()) {
                    fail(t, "Unclosed bracket", "A bracket or template sequence opened in this expression is never closed.");
                    return;
                }
                break;
            }
            if (open.isEmpty() && (StructureScanner.isLineEnd(t) || (oneLineBlock && kind == TokenKind.C_BRACE))) {
                break;
            }
            if (kind == TokenKind.COMMENT) {
                continue;
            }
            if (open.isEmpty() && !topLevelTokenOk(t, previous)) {
                return;
            }
            if (isOpener(kind)) {
                open.push(kind);
            } else if (isCloser(kind)) {
                if (open.isEmpty() || !matches(open.pop(), kind)) {
                    fail(t, "Unbalanced bracket", "This closing bracket does not match the bracket it closes.");
                    return;
                }
            }
            if (start < 0) {
                start = i;
            }
            end = i + 1;
            previous = kind;
        }
        stop = i;
        if (start < 0) {
            fail(tokens.get(i), "Invalid expression", "Expected the start of an expression.");
        } else if (DANGLING.contains(previous)) {
            fail(tokens.get(end - 1), "Invalid expression", "An operator must be followed by an operand.");
        }
    }

    private boolean topLevelTokenOk(Token t, TokenKind previous) {
        if (NEVER_AT_TOP.contains(t.kind())) {
            fail(t, "Invalid expression", "\"" + t.text() + "\" is not valid here.");
            return false;
        }
        if (previous != null && ENDS_OPERAND.contains(previous) && STARTS_OPERAND.contains(t.kind())) {
            fail(t, "Extra characters after the argument", "An argument definition must end with a newline.");
            return false;
        }
        return true;
    }

    private static boolean isOpener(TokenKind k) {
        return k == TokenKind.O_PAREN || k == TokenKind.O_BRACK || k == TokenKind.O_BRACE || k == TokenKind.O_QUOTE
                || k == TokenKind.O_HEREDOC || k == TokenKind.TEMPLATE_INTERP || k == TokenKind.TEMPLATE_CONTROL;
    }

    private static boolean isCloser(TokenKind k) {
        return k == TokenKind.C_PAREN || k == TokenKind.C_BRACK || k == TokenKind.C_BRACE || k == TokenKind.C_QUOTE
                || k == TokenKind.C_HEREDOC || k == TokenKind.TEMPLATE_SEQ_END;
    }

    private static boolean matches(TokenKind opener, TokenKind closer) {
        return switch (closer) {
            case C_PAREN -> opener == TokenKind.O_PAREN;
            case C_BRACK -> opener == TokenKind.O_BRACK;
            case C_BRACE -> opener == TokenKind.O_BRACE;
            case C_QUOTE -> opener == TokenKind.O_QUOTE;
            case C_HEREDOC -> opener == TokenKind.O_HEREDOC;
            default -> opener == TokenKind.TEMPLATE_INTERP || opener == TokenKind.TEMPLATE_CONTROL;
        };
    }

    private void fail(Token at, String summary, String detail) {
        error = Diagnostic.error(summary, detail, at.range());
    }

    /** First token of the expression. */
    int start() {
        return start;
    }

    /** One past its last token (trailing comments excluded). */
    int end() {
        return end;
    }

    /** Where scanning stopped: the line break, closing brace or EOF after the expression. */
    int stop() {
        return stop;
    }

    Diagnostic error() {
        return error;
    }
}
