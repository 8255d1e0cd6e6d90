package io.dataops.workbench.hcl.lexer;

/**
 * One step of hclsyntax's template machines: {@code stringTemplate} (between double quotes; escapes are
 * kept raw in QUOTED_LIT for the parser to decode), {@code heredocTemplate} and {@code bareTemplate}.
 * Literal text is split where hclsyntax splits it: a {@code $} or {@code %} not starting a sequence is a
 * token of its own, and {@code $${} / {@code %%{} (escaped sequence openers) are literal tokens.
 */
final class TemplateModeRules {
    private final TokenScanner s;

    TemplateModeRules(TokenScanner scanner) {
        this.s = scanner;
    }

    void stepQuoted() {
        int p = s.p;
        char c = s.at(p);
        if ((c == '$' || c == '%') && sequenceOrMarker(TokenKind.QUOTED_LIT)) {
            return;
        }
        if (c == '$' || c == '%') {
            // hclsyntax needs to see the next character to decide; at the end of input it has none.
            s.emit(TokenKind.INVALID, p, p + 1);
        } else if (c == '"') {
            s.endQuoted();
        } else if (c == '\r' || c == '\n') {
            int q = p + 1;
            while (s.has(q) && (s.at(q) == '\r' || s.at(q) == '\n')) {
                q++;
            }
            s.emit(TokenKind.QUOTED_NEWLINE, p, q);
        } else if (CharClasses.isLoneSurrogate(s.src, p)) {
            s.emit(TokenKind.BAD_UTF8, p, p + 1);
        } else {
            int q = quotedRunEnd(p);
            s.emit(q > p ? TokenKind.QUOTED_LIT : TokenKind.INVALID, p, q > p ? q : p + 1);
        }
    }

    /** Plain characters and backslash escapes (backslash plus any character but a line break). */
    private int quotedRunEnd(int from) {
        int q = from;
        while (s.has(q)) {
            char c = s.at(q);
            if (c == '\\') {
                if (!s.has(q + 1) || s.at(q + 1) == '\r' || s.at(q + 1) == '\n' || CharClasses.isLoneSurrogate(s.src, q + 1)) {
                    break;
                }
                q += 1 + Character.charCount(s.src.codePointAt(q + 1));
            } else if (c == '$' || c == '%' || c == '"' || c == '\r' || c == '\n' || CharClasses.isLoneSurrogate(s.src, q)) {
                break;
            } else {
                q += Character.charCount(s.src.codePointAt(q));
            }
        }
        return q;
    }

    void stepHeredoc() {
        int p = s.p;
        char c = s.at(p);
        TokenScanner.OpenHeredoc doc = s.heredocs.peek();
        if (c == '$' || c == '%') {
            if (sequenceOrMarker(TokenKind.STRING_LIT)) {
                if (s.modes.peek() == TokenScanner.Mode.HEREDOC) {
                    doc.startOfLine = false;
                }
            } else {
                s.giveUp();
            }
            return;
        }
        if (CharClasses.isLoneSurrogate(s.src, p)) {
            s.emit(TokenKind.BAD_UTF8, p, p + 1);
            return;
        }
        int q = plainRunEnd(p);
        int lineEnd = lineBreakEnd(q);
        if (lineEnd < 0) {
            if (q == p) {
                s.giveUp(); // a lone CR: no rule of the heredoc machine matches it
                return;
            }
            doc.startOfLine = false;
            s.emit(TokenKind.STRING_LIT, p, q);
            return;
        }
        if (doc.startOfLine && CharClasses.trimGoSpace(s.src.substring(p, q)).equals(doc.marker)) {
            s.endHeredoc(q, lineEnd);
            return;
        }
        doc.startOfLine = true;
        s.emit(TokenKind.STRING_LIT, p, lineEnd);
    }

    void stepBare() {
        int p = s.p;
        char c = s.at(p);
        if (c == '$' || c == '%') {
            if (!sequenceOrMarker(TokenKind.STRING_LIT)) {
                s.giveUp();
            }
            return;
        }
        if (CharClasses.isLoneSurrogate(s.src, p)) {
            s.emit(TokenKind.BAD_UTF8, p, p + 1);
            return;
        }
        int q = plainRunEnd(p);
        int lineEnd = lineBreakEnd(q);
        if (lineEnd < 0 && q == p) {
            s.giveUp();
        } else {
            s.emit(TokenKind.STRING_LIT, p, lineEnd < 0 ? q : lineEnd);
        }
    }

    /** Characters other than {@code $}, {@code %}, line breaks and lone surrogates. */
    private int plainRunEnd(int from) {
        int q = from;
        while (s.has(q)) {
            char c = s.at(q);
            if (c == '$' || c == '%' || c == '\r' || c == '\n' || CharClasses.isLoneSurrogate(s.src, q)) {
                break;
            }
            q += Character.charCount(s.src.codePointAt(q));
        }
        return q;
    }

    /** The end of the line break at {@code q} (LF or CR LF), or -1 if there is none. */
    private int lineBreakEnd(int q) {
        if (s.has(q) && s.at(q) == '\n') {
            return q + 1;
        }
        if (s.has(q + 1) && s.at(q) == '\r' && s.at(q + 1) == '\n') {
            return q + 2;
        }
        return -1;
    }

    /**
     * At a {@code $} or {@code %}: a sequence opener ({@code ${}, {@code ${~}, {@code %{}, {@code %{~}),
     * an escaped opener ({@code $${}, {@code $${~}) as literal, or the lone sign as literal. Returns false
     * only at the end of input, where hclsyntax cannot decide.
     */
    private boolean sequenceOrMarker(TokenKind literal) {
        int p = s.p;
        char sign = s.at(p);
        if (!s.has(p + 1)) {
            return false;
        }
        char next = s.at(p + 1);
        if (next == '{') {
            int stop = s.has(p + 2) && s.at(p + 2) == '~' ? p + 3 : p + 2;
            s.beginTemplateSequence(sign == '$' ? TokenKind.TEMPLATE_INTERP : TokenKind.TEMPLATE_CONTROL, stop);
        } else if (next == sign && s.has(p + 2) && s.at(p + 2) == '{') {
            int stop = s.has(p + 3) && s.at(p + 3) == '~' ? p + 4 : p + 3;
            s.emit(literal, p, stop);
        } else {
            s.emit(literal, p, p + 1);
        }
        return true;
    }
}
