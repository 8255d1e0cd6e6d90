package io.dataops.workbench.hcl.lexer;

import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The state machine behind {@link Lexer}: a port of the behaviour of hclsyntax's Ragel scanner
 * (scan_tokens.rl). Modes are kept on a stack as the Ragel machine does with fcall/fret: a quoted string
 * or heredoc pushes a template mode, {@code ${} or {@code %{} pushes normal mode, and the brace that
 * balances the sequence (tracked by brace depth, so {@code ${ {a = 1} }} works) pops it again.
 * Every step consumes at least one char, so scanning is linear and always terminates.
 */
final class TokenScanner {

    enum Mode { NORMAL, QUOTED, HEREDOC, BARE }

    /** A heredoc being scanned: its closing marker and whether the scanner is at the start of a line. */
    static final class OpenHeredoc {
        final String marker;
        final int openingToken;
        boolean startOfLine = true;

        OpenHeredoc(String marker, int openingToken) {
            this.marker = marker;
            this.openingToken = openingToken;
        }
    }

    final String src;
    final int end;
    private final String filename;
    private final PositionTracker positions;
    final List<Token> tokens = new ArrayList<>();
    final Deque<Mode> modes = new ArrayDeque<>();
    final Deque<OpenHeredoc> heredocs = new ArrayDeque<>();
    /** Opening quote tokens of the quoted strings still open, innermost first. */
    final Deque<Integer> openQuotes = new ArrayDeque<>();
    private final Deque<Integer> returnBraces = new ArrayDeque<>();
    private int braces;
    int p;
    /** Index of a block comment that reached the end of input, or -1. */
    int unterminatedComment = -1;

    TokenScanner(String src, int from, int end, String filename, SourcePos start, Mode initial) {
        this.src = src;
        this.end = end;
        this.filename = filename;
        this.p = from;
        this.positions = new PositionTracker(src, from, start);
        if (from < end && src.charAt(from) == '\uFEFF') {
            positions.skipByteOrderMark();
            p++;
        }
        modes.push(initial);
    }

    List<Token> run() {
        while (p < end) {
            switch (modes.peek()) {
                case NORMAL -> new NormalModeRules(this).step();
                case QUOTED -> new TemplateModeRules(this).stepQuoted();
                case HEREDOC -> new TemplateModeRules(this).stepHeredoc();
                case BARE -> new TemplateModeRules(this).stepBare();
            }
        }
        emit(TokenKind.EOF, end, end);
        return tokens;
    }

    char at(int i) {
        return i < end ? src.charAt(i) : '\0';
    }

    boolean has(int i) {
        return i < end;
    }

    /** Emits the token [start, stop) and moves the scan position to {@code stop}. */
    void emit(TokenKind kind, int start, int stop) {
        SourcePos from = positions.advanceTo(start);
        SourcePos to = positions.advanceTo(stop);
        tokens.add(new Token(kind, src.substring(start, stop), start, stop, new SourceRange(filename, from, to)));
        p = stop;
    }

    /** {@code ${} or {@code %{}: the template sequence runs in normal mode until its balancing brace. */
    void beginTemplateSequence(TokenKind kind, int stop) {
        emit(kind, p, stop);
        braces++;
        returnBraces.push(braces);
        if (!heredocs.isEmpty()) {
            heredocs.peek().startOfLine = false;
        }
        modes.push(Mode.NORMAL);
    }

    void openBrace() {
        emit(TokenKind.O_BRACE, p, p + 1);
        braces++;
    }

    /** {@code }} or {@code ~}}: ends the innermost template sequence if its depth matches. */
    void closeBrace(int length) {
        boolean endsSequence = !returnBraces.isEmpty() && returnBraces.peek() == braces;
        // hclsyntax always makes "~}" a sequence end, so the parser can report it as misplaced.
        emit(endsSequence || length == 2 ? TokenKind.TEMPLATE_SEQ_END : TokenKind.C_BRACE, p, p + length);
        braces--;
        if (endsSequence) {
            returnBraces.pop();
            modes.pop();
        }
    }

    void beginQuoted() {
        openQuotes.push(tokens.size());
        emit(TokenKind.O_QUOTE, p, p + 1);
        modes.push(Mode.QUOTED);
    }

    void endQuoted() {
        emit(TokenKind.C_QUOTE, p, p + 1);
        openQuotes.pop();
        modes.pop();
    }

    void beginHeredoc(int stop, String marker) {
        heredocs.push(new OpenHeredoc(marker, tokens.size()));
        emit(TokenKind.O_HEREDOC, p, stop);
        modes.push(Mode.HEREDOC);
    }

    void endHeredoc(int markerEnd, int lineEnd) {
        emit(TokenKind.C_HEREDOC, p, markerEnd);
        emit(TokenKind.NEWLINE, markerEnd, lineEnd);
        heredocs.pop();
        modes.pop();
    }

    /**
     * Where the Ragel machine has no rule for the input it stops and hclsyntax emits the rest of the input
     * as one token: literal text at the top of a bare template, else an invalid token.
     */
    void giveUp() {
        boolean bareTopLevel = modes.size() == 1 && modes.peek() == Mode.BARE;
        emit(bareTopLevel ? TokenKind.STRING_LIT : TokenKind.INVALID, p, end);
    }
}
