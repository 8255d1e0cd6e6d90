package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.List;

/**
 * The parser's view of the token stream, like hclsyntax's peeker: comments are skipped, newlines are
 * seen or skipped depending on a stack (inside brackets they are whitespace), and a {@code #} or
 * {@code //} comment, which swallows its line break, reads as a newline where newlines count.
 *
 * <p>It also carries the parser state that is not tied to one grammar rule: the recovery flag (set once
 * the parser has skipped tokens, to avoid cascades of errors), the nesting depth (to turn absurdly deep
 * input into a diagnostic instead of a StackOverflowError), and whether the end of input was seen, which
 * tells the incremental parser whether a re-parsed slice depended on what follows it.
 */
final class TokenCursor {

    /** Brackets, blocks and templates nested deeper than this are reported, not followed. */
    static final int MAX_DEPTH = 128;

    private final List<Token> tokens;
    private int next;
    private boolean[] newlineStack = new boolean[16];
    private int stackSize;
    boolean recovery;
    private int depth;
    private boolean sawEnd;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
        newlineStack[stackSize++] = true;
    }

    Token peek() {
        int i = scan();
        Token token = i < tokens.size() ? tokens.get(i) : tokens.get(tokens.size() - 1);
        if (token.kind() == TokenKind.EOF) {
            sawEnd = true;
        }
        return i < tokens.size() ? asSeen(token) : token;
    }

    Token read() {
        Token token = peek();
        next = Math.min(scan() + 1, tokens.size());
        return token;
    }

    /** The kind of the next token, without noting that the end was seen (for the top-level loop). */
    TokenKind peekKindQuietly() {
        int i = scan();
        return i < tokens.size() ? asSeen(tokens.get(i)).kind() : TokenKind.EOF;
    }

    SourceRange nextRange() {
        return peek().range();
    }

    /** The last token read (the first token if none was read yet). */
    Token previous() {
        return next == 0 ? tokens.get(0) : tokens.get(next - 1);
    }

    SourceRange prevRange() {
        return previous().range();
    }

    /** Index of the next raw token (comments and newlines included). */
    int position() {
        return next;
    }

    List<Token> tokens() {
        return tokens;
    }

    void pushNewlines(boolean include) {
        if (stackSize == newlineStack.length) {
            newlineStack = java.util.Arrays.copyOf(newlineStack, stackSize * 2);
        }
        newlineStack[stackSize++] = include;
    }

    void popNewlines() {
        stackSize--;
    }

    /** Enters one nesting level; false (and nothing entered) when the input is nested too deeply. */
    boolean enter() {
        if (depth >= MAX_DEPTH) {
            return false;
        }
        depth++;
        return true;
    }

    void leave() {
        depth--;
    }

    boolean sawEnd() {
        return sawEnd;
    }

    /** Starts a fresh top-level item: errors are reported again and end-of-input tracking restarts. */
    void startItem() {
        recovery = false;
        sawEnd = false;
    }

    /**
     * Whether the next token looks like the start of a top-level item: an identifier in column 1 right
     * after a line break, followed by "=", "{" or a quoted label. Recovery stops there.
     */
    boolean atItemStart() {
        int i = scan();
        if (i >= tokens.size() || i == 0) {
            return false;
        }
        Token token = tokens.get(i);
        if (token.kind() != TokenKind.IDENT || token.range().start().column() != 1 || !endsLine(tokens.get(i - 1))) {
            return false;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            TokenKind kind = tokens.get(j).kind();
            if (kind != TokenKind.COMMENT) {
                return kind == TokenKind.EQUAL || kind == TokenKind.O_BRACE || kind == TokenKind.O_QUOTE;
            }
        }
        return false;
    }

    private static boolean endsLine(Token token) {
        return token.kind() == TokenKind.NEWLINE || (token.kind() == TokenKind.COMMENT && token.text().endsWith("\n"));
    }

    private boolean includingNewlines() {
        return newlineStack[stackSize - 1];
    }

    private int scan() {
        for (int i = next; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == TokenKind.COMMENT) {
                if (includingNewlines() && token.text().endsWith("\n")) {
                    return i;
                }
                continue;
            }
            if (token.kind() == TokenKind.NEWLINE && !includingNewlines()) {
                continue;
            }
            return i;
        }
        return tokens.size();
    }

    /** A line comment where newlines count is seen as the newline it ends with (its range is the comment's). */
    private Token asSeen(Token token) {
        if (token.kind() == TokenKind.COMMENT) {
            return new Token(TokenKind.NEWLINE, token.text(), token.start(), token.end(), token.range());
        }
        return token;
    }
}
