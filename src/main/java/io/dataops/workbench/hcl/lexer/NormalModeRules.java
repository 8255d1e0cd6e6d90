package io.dataops.workbench.hcl.lexer;

/** One step of hclsyntax's {@code main} machine: expressions, structure, comments. */
final class NormalModeRules {
    private final TokenScanner s;

    NormalModeRules(TokenScanner scanner) {
        this.s = scanner;
    }

    void step() {
        int p = s.p;
        char c = s.at(p);
        char next = s.at(p + 1);
        switch (c) {
            case ' ', '\t' -> {
                int q = p + 1;
                while (s.has(q) && (s.at(q) == ' ' || s.at(q) == '\t')) {
                    q++;
                }
                s.p = q;
            }
            case '\n' -> s.emit(TokenKind.NEWLINE, p, p + 1);
            case '\r' -> s.emit(next == '\n' ? TokenKind.NEWLINE : TokenKind.INVALID, p, next == '\n' ? p + 2 : p + 1);
            case '#' -> lineComment();
            case '/' -> {
                if (next == '/' && s.has(p + 1)) {
                    lineComment();
                } else if (next == '*' && s.has(p + 1)) {
                    blockComment();
                } else {
                    s.emit(TokenKind.SLASH, p, p + 1);
                }
            }
            case '=' -> pair(next, '=', TokenKind.EQUAL_OP, '>', TokenKind.FAT_ARROW, TokenKind.EQUAL);
            case '!' -> pair(next, '=', TokenKind.NOT_EQUAL, '\0', null, TokenKind.BANG);
            case '>' -> pair(next, '=', TokenKind.GREATER_THAN_EQ, '\0', null, TokenKind.GREATER_THAN);
            case '&' -> pair(next, '&', TokenKind.AND, '\0', null, TokenKind.BITWISE_AND);
            case '|' -> pair(next, '|', TokenKind.OR, '\0', null, TokenKind.BITWISE_OR);
            case ':' -> pair(next, ':', TokenKind.DOUBLE_COLON, '\0', null, TokenKind.COLON);
            case '<' -> lessThan(next);
            case '.' -> {
                boolean ellipsis = next == '.' && s.at(p + 2) == '.' && s.has(p + 2);
                s.emit(ellipsis ? TokenKind.ELLIPSIS : TokenKind.DOT, p, ellipsis ? p + 3 : p + 1);
            }
            case '{' -> s.openBrace();
            case '}' -> s.closeBrace(1);
            case '~' -> {
                if (next == '}' && s.has(p + 1)) {
                    s.closeBrace(2);
                } else {
                    s.emit(TokenKind.BITWISE_NOT, p, p + 1);
                }
            }
            case '"' -> s.beginQuoted();
            default -> other(c);
        }
    }

    private void other(char c) {
        int p = s.p;
        TokenKind single = singleCharKind(c);
        if (single != null) {
            s.emit(single, p, p + 1);
        } else if (CharClasses.isDigit(c)) {
            s.emit(TokenKind.NUMBER_LIT, p, numberEnd(p));
        } else if (CharClasses.isLoneSurrogate(s.src, p)) {
            s.emit(TokenKind.BAD_UTF8, p, p + 1);
        } else {
            int cp = s.src.codePointAt(p);
            if (CharClasses.isIdentStart(cp)) {
                s.emit(TokenKind.IDENT, p, identEnd(p));
            } else {
                s.emit(TokenKind.INVALID, p, p + Character.charCount(cp));
            }
        }
    }

    private static TokenKind singleCharKind(char c) {
        return switch (c) {
            case '[' -> TokenKind.O_BRACK;
            case ']' -> TokenKind.C_BRACK;
            case '(' -> TokenKind.O_PAREN;
            case ')' -> TokenKind.C_PAREN;
            case ',' -> TokenKind.COMMA;
            case '*' -> TokenKind.STAR;
            case '%' -> TokenKind.PERCENT;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '?' -> TokenKind.QUESTION;
            case '^' -> TokenKind.BITWISE_XOR;
            case ';' -> TokenKind.SEMICOLON;
            case '`' -> TokenKind.BACKTICK;
            case '\'' -> TokenKind.APOSTROPHE;
            default -> null;
        };
    }

    private void pair(char next, char second, TokenKind twoChar, char altSecond, TokenKind altKind, TokenKind oneChar) {
        int p = s.p;
        if (s.has(p + 1) && next == second) {
            s.emit(twoChar, p, p + 2);
        } else if (altKind != null && s.has(p + 1) && next == altSecond) {
            s.emit(altKind, p, p + 2);
        } else {
            s.emit(oneChar, p, p + 1);
        }
    }

    /** {@code <}, {@code <=}, or a heredoc introducer {@code <<EOT} / {@code <<-EOT} directly followed by a newline. */
    private void lessThan(char next) {
        int p = s.p;
        if (next == '<' && s.has(p + 1)) {
            int q = p + 2;
            if (s.at(q) == '-' && s.has(q)) {
                q++;
            }
            int identStart = q;
            if (s.has(q) && CharClasses.isIdentStart(s.src.codePointAt(q)) && !CharClasses.isLoneSurrogate(s.src, q)) {
                q = identEnd(q);
                int lineEnd = s.at(q) == '\n' && s.has(q) ? q + 1
                        : s.at(q) == '\r' && s.at(q + 1) == '\n' && s.has(q + 1) ? q + 2 : -1;
                if (lineEnd > 0) {
                    s.beginHeredoc(lineEnd, s.src.substring(identStart, q));
                    return;
                }
            }
        }
        if (next == '=' && s.has(p + 1)) {
            s.emit(TokenKind.LESS_THAN_EQ, p, p + 2);
        } else {
            s.emit(TokenKind.LESS_THAN, p, p + 1);
        }
    }

    /** Through the end of the line, including its line break (as hclsyntax does). */
    private void lineComment() {
        int nl = s.src.indexOf('\n', s.p);
        s.emit(TokenKind.COMMENT, s.p, nl < 0 || nl >= s.end ? s.end : nl + 1);
    }

    private void blockComment() {
        int close = s.src.indexOf("*/", s.p + 2);
        if (close < 0 || close + 2 > s.end) {
            // hclsyntax would rescan this as "/", "*", ...; one comment token to the end keeps the editor's
            // highlighting sensible, and the lexer reports the error itself.
            s.unterminatedComment = s.tokens.size();
            s.emit(TokenKind.COMMENT, s.p, s.end);
        } else {
            s.emit(TokenKind.COMMENT, s.p, close + 2);
        }
    }

    int identEnd(int from) {
        int q = from + Character.charCount(s.src.codePointAt(from));
        while (s.has(q) && !CharClasses.isLoneSurrogate(s.src, q)) {
            int cp = s.src.codePointAt(q);
            if (!CharClasses.isIdentPart(cp)) {
                break;
            }
            q += Character.charCount(cp);
        }
        return q;
    }

    /**
     * hclsyntax: a digit, then digits, dots and exponents ({@code e}/{@code E}, optional sign, digit), not
     * ending in a dot. So {@code 1.2.3} is one token (the parser rejects it) and {@code 1.} is "1" then ".".
     */
    private int numberEnd(int from) {
        int q = from + 1;
        int lastGood = q;
        while (s.has(q)) {
            char c = s.at(q);
            if (CharClasses.isDigit(c)) {
                q++;
                lastGood = q;
            } else if (c == '.') {
                q++;
            } else if ((c == 'e' || c == 'E') && s.has(q + 1) && CharClasses.isDigit(s.at(q + 1))) {
                q += 2;
                lastGood = q;
            } else if ((c == 'e' || c == 'E') && (s.at(q + 1) == '+' || s.at(q + 1) == '-')
                    && s.has(q + 2) && CharClasses.isDigit(s.at(q + 2))) {
                q += 3;
                lastGood = q;
            } else {
                break;
            }
        }
        return lastGood;
    }
}
