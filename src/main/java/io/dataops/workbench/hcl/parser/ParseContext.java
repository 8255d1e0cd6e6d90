package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.InvalidExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * State shared by the parts of one parse: the cursor, the diagnostics found so far, the sub-parsers, and
 * hclsyntax's recovery moves (skip ahead to a closing bracket or to the end of the current line).
 */
final class ParseContext {

    final TokenCursor cursor;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final ExpressionParser expressions;
    final CollectionParser collections;
    final TemplateParser templates;
    /** How many block bodies enclose the current position; recovery inside one stops before its "}". */
    int bodyDepth;

    ParseContext(List<Token> tokens) {
        this.cursor = new TokenCursor(tokens);
        this.expressions = new ExpressionParser(this);
        this.collections = new CollectionParser(this);
        this.templates = new TemplateParser(this);
    }

    int errorCount() {
        return diagnostics.size();
    }

    /** True when the parser is recovering and reported errors since {@code before}: give up on the construct. */
    boolean failedSince(int before) {
        return cursor.recovery && diagnostics.size() > before;
    }

    void error(String summary, String detail, SourceRange subject) {
        diagnostics.add(Diagnostic.error(summary, detail, subject));
    }

    /** Reports unless already recovering (hclsyntax does so to avoid a cascade of follow-on errors). */
    void errorUnlessRecovering(String summary, String detail, SourceRange subject) {
        if (!cursor.recovery) {
            error(summary, detail, subject);
        }
    }

    /** Reports input nested deeper than {@link TokenCursor#MAX_DEPTH} and yields a placeholder. */
    Expression tooDeep() {
        Token at = cursor.peek();
        errorUnlessRecovering("Nesting too deep", "This expression is nested more than " + TokenCursor.MAX_DEPTH
                + " levels deep. Simplify it, or split it into local values.", at.range());
        cursor.recovery = true;
        return new InvalidExpr(Spans.of(at));
    }

    /**
     * Skips to the token {@code end} that closes the current bracket (over nested brackets of any kind)
     * and returns it. Stops early, before the token and returning the last one skipped, at a closing
     * bracket that belongs to an enclosing construct, or at what looks like the next top-level item (an
     * identifier in column 1 followed by "=", "{" or a label), so an unclosed bracket costs one item,
     * not the rest of the file. Returns EOF at the end.
     */
    Token recover(TokenKind end) {
        cursor.recovery = true;
        List<TokenKind> open = new ArrayList<>();
        while (true) {
            if (cursor.atItemStart()) {
                return cursor.previous();
            }
            Token token = cursor.peek();
            TokenKind kind = token.kind();
            if (kind == TokenKind.EOF) {
                return token;
            }
            if (isOpener(kind)) {
                open.add(kind);
            } else if (isCloser(kind)) {
                if (!open.isEmpty()) {
                    closeInner(open, kind);
                } else if (kind == end) {
                    return cursor.read();
                } else {
                    return cursor.previous();
                }
            }
            cursor.read();
        }
    }

    /** Skips to the next {@code start} bracket and then past its closing partner. */
    void recoverOver(TokenKind start) {
        while (true) {
            if (cursor.atItemStart()) {
                return;
            }
            TokenKind kind = cursor.read().kind();
            if (kind == start || kind == TokenKind.EOF) {
                break;
            }
        }
        recover(opposite(start));
    }

    /**
     * Skips to the end of the current line, over any brackets opened on the way. Inside a block it stops
     * before an unmatched "}", so a broken line does not swallow the end of its block; it also stops at
     * what looks like the next top-level item.
     */
    void recoverAfterBodyItem() {
        cursor.recovery = true;
        List<TokenKind> open = new ArrayList<>();
        while (true) {
            Token next = cursor.peek();
            TokenKind kind = next.kind();
            if (kind == TokenKind.EOF || cursor.atItemStart()) {
                return;
            }
            if (kind == TokenKind.C_BRACE && open.isEmpty() && bodyDepth > 0) {
                return;
            }
            cursor.read();
            if (kind == TokenKind.NEWLINE && open.isEmpty()) {
                return;
            } else if (isOpener(kind)) {
                open.add(kind);
            } else if (isCloser(kind)) {
                closeInner(open, kind);
            }
        }
    }

    private static boolean isOpener(TokenKind kind) {
        return switch (kind) {
            case O_BRACE, O_BRACK, O_PAREN, O_QUOTE, O_HEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL -> true;
            default -> false;
        };
    }

    private static boolean isCloser(TokenKind kind) {
        return switch (kind) {
            case C_BRACE, C_BRACK, C_PAREN, C_QUOTE, C_HEREDOC, TEMPLATE_SEQ_END -> true;
            default -> false;
        };
    }

    private static void closeInner(List<TokenKind> open, TokenKind closer) {
        if (closer == TokenKind.TEMPLATE_SEQ_END) {
            popToSequence(open);
        } else {
            popTo(open, opposite(closer));
        }
    }

    private static void popTo(List<TokenKind> open, TokenKind opener) {
        while (!open.isEmpty() && open.get(open.size() - 1) != opener) {
            open.remove(open.size() - 1);
        }
        if (!open.isEmpty()) {
            open.remove(open.size() - 1);
        }
    }

    private static void popToSequence(List<TokenKind> open) {
        while (!open.isEmpty() && open.get(open.size() - 1) != TokenKind.TEMPLATE_INTERP
                && open.get(open.size() - 1) != TokenKind.TEMPLATE_CONTROL) {
            open.remove(open.size() - 1);
        }
        if (!open.isEmpty()) {
            open.remove(open.size() - 1);
        }
    }

    static TokenKind opposite(TokenKind kind) {
        return switch (kind) {
            case O_BRACE -> TokenKind.C_BRACE;
            case O_BRACK -> TokenKind.C_BRACK;
            case O_PAREN -> TokenKind.C_PAREN;
            case O_QUOTE -> TokenKind.C_QUOTE;
            case O_HEREDOC -> TokenKind.C_HEREDOC;
            case C_BRACE -> TokenKind.O_BRACE;
            case C_BRACK -> TokenKind.O_BRACK;
            case C_PAREN -> TokenKind.O_PAREN;
            case C_QUOTE -> TokenKind.O_QUOTE;
            case C_HEREDOC -> TokenKind.O_HEREDOC;
            case TEMPLATE_CONTROL, TEMPLATE_INTERP -> TokenKind.TEMPLATE_SEQ_END;
            case TEMPLATE_SEQ_END -> TokenKind.TEMPLATE_INTERP;
            default -> null;
        };
    }

    /** hcl.Range's String(): {@code file:line,col-col} or {@code file:line,col-line,col}. */
    static String describe(SourceRange range) {
        if (range.start().line() == range.end().line()) {
            return range.filename() + ":" + range.start().line() + "," + range.start().column() + "-"
                    + range.end().column();
        }
        return range.filename() + ":" + range.start().line() + "," + range.start().column() + "-"
                + range.end().line() + "," + range.end().column();
    }
}
